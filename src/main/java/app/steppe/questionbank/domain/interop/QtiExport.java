package app.steppe.questionbank.domain.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Document;

import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.QuestionSetContent;
import app.steppe.questionbank.domain.qti.QtiManifest;
import app.steppe.questionbank.domain.qti.QtiTest;
import app.steppe.questionbank.domain.qti.QtiXml;
import app.steppe.questionbank.domain.qti.QtiZip;

/**
 * A set as an IMS QTI 2.1 content package (a zip of {@code imsmanifest.xml}, an {@code assessment.xml} test that
 * lists the items in order, and one {@code items/<id>.xml} per question), with the report of what was left out: the questions QTI cannot express here, each with its reason.
 */
public record QtiExport(byte[] zip, List<Line> lines) {

    /** What became of one question: {@code skippedKey} is null when it was exported. */
    public record Line(String slug, String type, String skippedKey) {
        public boolean exported() {
            return skippedKey == null;
        }
    }

    public QtiExport {
        lines = List.copyOf(lines);
    }

    public long skipped() {
        return lines.stream().filter(line -> !line.exported()).count();
    }

    public static QtiExport of(QuestionSetContent set) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<QtiManifest.ItemRef> items = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        SteppeToQti writer = new SteppeToQti();
        for (QuestionContent question : set.questions()) {
            String identifier = identifier(question.slug());
            Optional<Document> item = writer.item(question, identifier);
            if (item.isEmpty()) {
                lines.add(new Line(question.slug(), question.type().yamlName(),
                        "qti.export.skipped." + question.type().yamlName()));
                continue;
            }
            String href = "items/" + identifier + ".xml";
            files.put(href, QtiXml.write(item.get()));
            items.add(new QtiManifest.ItemRef(identifier, href));
            lines.add(new Line(question.slug(), question.type().yamlName(), null));
        }
        Map<String, byte[]> zip = new LinkedHashMap<>();
        zip.put(QtiManifest.FILE, QtiXml.write(QtiManifest.write("MANIFEST-" + identifier(set.slug()), items,
                QtiTest.FILE)));
        zip.put(QtiTest.FILE, QtiXml.write(QtiTest.write("TEST-" + identifier(set.slug()), set.title(), items)));
        zip.putAll(files);
        return new QtiExport(QtiZip.write(zip), lines);
    }

    /** QTI identifiers must not start with a digit, Steppe's ids may: those get a prefix that the import removes. */
    static String identifier(String slug) {
        return Character.isLetter(slug.charAt(0)) ? slug : QtiToSteppe.ID_PREFIX + slug;
    }
}
