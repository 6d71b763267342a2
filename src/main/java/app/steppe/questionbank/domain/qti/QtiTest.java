package app.steppe.questionbank.domain.qti;

import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The package's {@code assessmentTest}: one part, one section, the items in the set's order, so that a tool that
 * imports tests (Canvas makes a quiz of it) keeps the set together. Importers that read items alone ignore it.
 */
public final class QtiTest {

    public static final String FILE = "assessment.xml";
    public static final String TYPE = "imsqti_test_xmlv2p1";
    private static final String SCHEMA_LOCATION = QtiXml.QTI + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";

    private QtiTest() {
    }

    public static Document write(String identifier, String title, List<QtiManifest.ItemRef> items) {
        Document doc = QtiXml.newDocument();
        Element test = doc.createElementNS(QtiXml.QTI, "assessmentTest");
        test.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", QtiXml.XSI);
        test.setAttributeNS(QtiXml.XSI, "xsi:schemaLocation", SCHEMA_LOCATION);
        test.setAttribute("identifier", identifier);
        test.setAttribute("title", title);
        doc.appendChild(test);
        Element part = append(test, "testPart");
        part.setAttribute("identifier", "part-1");
        part.setAttribute("navigationMode", "nonlinear");
        part.setAttribute("submissionMode", "simultaneous");
        Element section = append(part, "assessmentSection");
        section.setAttribute("identifier", "section-1");
        section.setAttribute("title", title);
        section.setAttribute("visible", "true");
        for (QtiManifest.ItemRef item : items) {
            Element ref = append(section, "assessmentItemRef");
            ref.setAttribute("identifier", item.identifier());
            ref.setAttribute("href", item.href());
        }
        return doc;
    }

    private static Element append(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(QtiXml.QTI, name);
        parent.appendChild(child);
        return child;
    }
}
