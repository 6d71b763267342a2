package app.steppe.questionbank.domain.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Document;

import app.steppe.questionbank.QtiPackage;
import app.steppe.questionbank.QtiQuizOutline;
import app.steppe.questionbank.QtiQuizOutline.Draw;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.QuestionSetContent;
import app.steppe.questionbank.domain.qti.QtiManifest;
import app.steppe.questionbank.domain.qti.QtiTest;
import app.steppe.questionbank.domain.qti.QtiXml;
import app.steppe.questionbank.domain.qti.QtiZip;

/**
 * A set, or what a quiz draws from it, as an IMS QTI 2.1 content package (see {@link QtiPackage}). A quiz's test has
 * one section per draw, holding the questions that draw takes from; an item appears once in a test, so a question
 * that several draws could take (a tag rule and a whole-set rule, two of its tags) goes to the first of them only.
 * A section draws what the quiz draws, or every item it holds when QTI could not take enough of its questions.
 */
public final class QtiExport {

    private QtiExport() {
    }

    public static QtiPackage of(QuestionSetContent set) {
        return of(set, QtiQuizOutline.wholeSet(set.title()));
    }

    public static QtiPackage of(QuestionSetContent set, QtiQuizOutline outline) {
        List<Draw> draws = outline.draws();
        List<List<QtiManifest.ItemRef>> sectionItems = new ArrayList<>();
        for (int i = 0; i < Math.max(1, draws.size()); i++) {
            sectionItems.add(new ArrayList<>());
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<QtiManifest.ItemRef> items = new ArrayList<>();
        List<QtiPackage.Line> lines = new ArrayList<>();
        SteppeToQti writer = new SteppeToQti();
        for (QuestionContent question : set.questions()) {
            int section = draws.isEmpty() ? 0 : sectionOf(question, draws);
            if (section < 0) {
                continue; // no draw of the quiz takes it
            }
            String identifier = identifier(question.slug());
            Optional<Document> item = writer.item(question, identifier);
            if (item.isEmpty()) {
                lines.add(new QtiPackage.Line(question.slug(), question.type().yamlName(),
                        "qti.export.skipped." + question.type().yamlName()));
                continue;
            }
            String href = "items/" + identifier + ".xml";
            files.put(href, QtiXml.write(item.get()));
            QtiManifest.ItemRef ref = new QtiManifest.ItemRef(identifier, href);
            items.add(ref);
            sectionItems.get(section).add(ref);
            lines.add(new QtiPackage.Line(question.slug(), question.type().yamlName(), null));
        }
        List<QtiTest.Section> sections = new ArrayList<>();
        List<QtiPackage.Section> report = new ArrayList<>();
        for (int i = 0; i < sectionItems.size(); i++) {
            List<QtiManifest.ItemRef> held = sectionItems.get(i);
            // no draws: one section of every question; a draw larger than what QTI could take takes all of it
            Optional<String> tag = draws.isEmpty() ? Optional.empty() : draws.get(i).tag();
            int select = draws.isEmpty() ? held.size() : Math.min(draws.get(i).count(), held.size());
            sections.add(new QtiTest.Section(tag.orElse(outline.title()), select, outline.shuffle(), held));
            report.add(new QtiPackage.Section(tag, select, held.size()));
        }
        Map<String, byte[]> zip = new LinkedHashMap<>();
        zip.put(QtiManifest.FILE, QtiXml.write(QtiManifest.write("MANIFEST-" + identifier(set.slug()), items,
                QtiTest.FILE)));
        zip.put(QtiTest.FILE, QtiXml.write(QtiTest.write("TEST-" + identifier(set.slug()), outline.title(),
                new QtiTest.Rules(outline.timeLimit(), outline.linear()), sections)));
        zip.putAll(files);
        return new QtiPackage(QtiZip.write(zip), lines, report);
    }

    /** The first draw that takes the question, or -1 for none. */
    private static int sectionOf(QuestionContent question, List<Draw> draws) {
        for (int i = 0; i < draws.size(); i++) {
            if (draws.get(i).tag().map(question.tags()::contains).orElse(true)) {
                return i;
            }
        }
        return -1;
    }

    /** QTI identifiers must not start with a digit, Steppe's ids may: those get a prefix that the import removes. */
    static String identifier(String slug) {
        return Character.isLetter(slug.charAt(0)) ? slug : QtiToSteppe.ID_PREFIX + slug;
    }
}
