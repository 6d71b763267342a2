package app.steppe.questionbank.domain.interop;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;

import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.qti.QtiManifest;
import app.steppe.questionbank.domain.qti.QtiProblem;
import app.steppe.questionbank.domain.qti.QtiXml;
import app.steppe.questionbank.domain.qti.QtiZip;

/**
 * A QTI 2.1 content package (zip) as an import plan: the manifest's items in its order, each mapped by
 * {@link QtiToSteppe} and validated like every imported question. The report's "line" of an item is its place in
 * the manifest. A file that is not a zip, a zip bomb, a manifest that is not XML or not a content package refuse
 * the whole file; an item that cannot be read is rejected with its reason, and then nothing is imported.
 */
public final class QtiImportPlanner {

    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    public ImportPlan plan(byte[] zip) {
        if (zip.length > MAX_FILE_BYTES) {
            return ImportPlan.refused(ImportNote.of("qti.problem.tooLarge"));
        }
        try {
            Map<String, byte[]> files = QtiZip.read(zip);
            String manifestPath = files.keySet().stream().filter(p -> p.equals(QtiManifest.FILE)
                    || p.endsWith("/" + QtiManifest.FILE)).min(Comparator.comparingInt(String::length))
                    .orElseThrow(() -> new QtiProblem("qti.problem.noManifest"));
            String base = manifestPath.substring(0, manifestPath.length() - QtiManifest.FILE.length());
            List<String> hrefs = QtiManifest.itemHrefs(QtiXml.parse(manifestPath, files.get(manifestPath)));
            return plan(files, base, hrefs);
        } catch (QtiProblem problem) {
            return ImportPlan.refused(new ImportNote(problem.code(), problem.args()));
        }
    }

    private ImportPlan plan(Map<String, byte[]> files, String base, List<String> hrefs) {
        List<ImportLine> lines = new ArrayList<>();
        List<QuestionContent> questions = new ArrayList<>();
        Slugger slugs = new Slugger();
        GiftImportPlanner planner = new GiftImportPlanner();
        for (int i = 0; i < hrefs.size(); i++) {
            String href = hrefs.get(i);
            byte[] xml = files.get(resolve(base, href));
            if (xml == null) {
                lines.add(rejected(i + 1, href, ImportNote.of("qti.reject.missingFile", href)));
                continue;
            }
            Document item;
            try {
                item = QtiXml.parse(href, xml);
            } catch (QtiProblem problem) {
                lines.add(rejected(i + 1, href, new ImportNote(problem.code(), problem.args())));
                continue;
            }
            String identifier = item.getDocumentElement().getAttribute("identifier");
            String title = item.getDocumentElement().getAttribute("title");
            String shown = title.isBlank() ? href : title;
            String slug = slugs.unique(identifier.startsWith(QtiToSteppe.ID_PREFIX)
                    ? identifier.substring(QtiToSteppe.ID_PREFIX.length()) : identifier, title);
            GiftToSteppe.Mapped mapped;
            try {
                mapped = new QtiToSteppe(slug).map(item);
            } catch (RuntimeException e) {
                // an item shaped in a way no rule foresaw is one rejected item, never an error page
                mapped = new GiftToSteppe.Mapped(null, List.of(ImportNote.of("qti.reject.unreadable")));
            }
            lines.add(planner.line(i + 1, shown, mapped, questions));
        }
        return new ImportPlan(questions, null, lines, null);
    }

    private static ImportLine rejected(int position, String href, ImportNote reason) {
        return new ImportLine(position, href, null, ImportLine.Status.REJECTED, List.of(reason));
    }

    /** The zip path of an href of the manifest ({@code ./items/a.xml}, {@code items/b%20c.xml}). */
    private static String resolve(String base, String href) {
        try {
            String path = new URI(base + href).normalize().getPath();
            return path == null ? base + href : path;
        } catch (URISyntaxException e) {
            return (base + href).replace("/./", "/").replaceFirst("^\\./", "");
        }
    }
}
