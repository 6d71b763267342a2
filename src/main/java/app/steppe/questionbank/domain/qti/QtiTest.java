package app.steppe.questionbank.domain.qti;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The package's {@code assessmentTest}: one part of one or more sections, each with its items in the set's order and,
 * when it draws fewer than it holds, a {@code selection}, so that a tool that imports tests (Canvas makes a quiz of
 * it, a section that draws a question group) keeps the set or the quiz together. Importers that read items alone
 * ignore it.
 */
public final class QtiTest {

    public static final String FILE = "assessment.xml";
    public static final String TYPE = "imsqti_test_xmlv2p1";
    private static final String SCHEMA_LOCATION = QtiXml.QTI + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";

    /** A section: {@code select} of its items at random (all of them when it is not smaller), shuffled or in order. */
    public record Section(String title, int select, boolean shuffle, List<QtiManifest.ItemRef> items) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** How the test is taken: the time limit of the whole test, and whether it is linear (no going back). */
    public record Rules(Optional<Duration> timeLimit, boolean linear) {
    }

    private QtiTest() {
    }

    public static Document write(String identifier, String title, Rules rules, List<Section> sections) {
        Document doc = QtiXml.newDocument();
        Element test = doc.createElementNS(QtiXml.QTI, "assessmentTest");
        test.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", QtiXml.XSI);
        test.setAttributeNS(QtiXml.XSI, "xsi:schemaLocation", SCHEMA_LOCATION);
        test.setAttribute("identifier", identifier);
        test.setAttribute("title", title);
        doc.appendChild(test);
        rules.timeLimit().ifPresent(limit -> append(test, "timeLimits")
                .setAttribute("maxTime", String.valueOf(limit.toSeconds())));
        Element part = append(test, "testPart");
        part.setAttribute("identifier", "part-1");
        part.setAttribute("navigationMode", rules.linear() ? "linear" : "nonlinear");
        part.setAttribute("submissionMode", "simultaneous");
        for (int i = 0; i < sections.size(); i++) {
            section(part, "section-" + (i + 1), sections.get(i));
        }
        return doc;
    }

    private static void section(Element part, String identifier, Section content) {
        Element section = append(part, "assessmentSection");
        section.setAttribute("identifier", identifier);
        section.setAttribute("title", content.title());
        // not visible: Canvas turns the title of a visible section into a text-only question at its start
        section.setAttribute("visible", "false");
        if (content.select() < content.items().size()) {
            append(section, "selection").setAttribute("select", String.valueOf(content.select()));
        }
        if (content.shuffle()) {
            append(section, "ordering").setAttribute("shuffle", "true");
        }
        for (QtiManifest.ItemRef item : content.items()) {
            Element ref = append(section, "assessmentItemRef");
            ref.setAttribute("identifier", item.identifier());
            ref.setAttribute("href", item.href());
        }
    }

    private static Element append(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(QtiXml.QTI, name);
        parent.appendChild(child);
        return child;
    }
}
