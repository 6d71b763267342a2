package app.steppe.questionbank.domain.interop;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.QuestionSetContent;
import app.steppe.questionbank.domain.yaml.ParsedQuestionSet;
import app.steppe.questionbank.domain.yaml.QuestionSetYamlReader;
import app.steppe.questionbank.domain.yaml.YamlReadResult;

/** Test fixtures: the every-type set, zips made from strings, zips read back, the hand-written packages. */
final class QtiPackages {

    private QtiPackages() {
    }

    static QuestionSetContent everyType() {
        try (InputStream in = QtiPackages.class.getResourceAsStream("/questionbank/every-type.yaml")) {
            YamlReadResult<ParsedQuestionSet> read = new QuestionSetYamlReader().read("every-type.yaml", in.readAllBytes());
            return ((YamlReadResult.Accepted<ParsedQuestionSet>) read).value().set();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The every-type set tagged for quiz draws: "people" on ambassador and who-is-who, "china" on who-is-who,
     * wait-and-see and active-players, the numeric keeps its csto and figures; plus "twice", a people question that
     * QTI cannot express (a passage that uses one blank twice).
     */
    static QuestionSetContent everyTypeTagged() {
        Map<String, List<String>> tags = Map.of("ambassador", List.of("people"),
                "who-is-who", List.of("people", "china"), "wait-and-see", List.of("china"),
                "active-players", List.of("china"));
        QuestionSetContent set = everyType();
        List<QuestionContent> questions = new ArrayList<>();
        for (QuestionContent q : set.questions()) {
            questions.add(new QuestionContent(q.slug(), q.prompt(), q.points(), tags.getOrDefault(q.slug(), q.tags()),
                    q.explanation(), q.citations(), q.answer()));
        }
        questions.add(new QuestionContent("twice", "Fill in.", BigDecimal.ONE, List.of("people"), null, List.of(),
                new FillBlanks("[[1]] and [[1]] again", List.of(new Blank.Typed(List.of(AcceptedText.fullCredit("x")))))));
        return new QuestionSetContent(set.slug(), set.title(), set.description(), set.readingSlug(), set.tags(),
                questions);
    }

    static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The files of a folder of test resources (listed by name), zipped as a package. */
    static byte[] resourcePackage(String folder, String... names) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : names) {
            try (InputStream in = QtiPackages.class.getResourceAsStream("/qti/" + folder + "/" + name)) {
                files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return zip(files);
    }

    static String manifest(String... itemHrefs) {
        StringBuilder resources = new StringBuilder();
        for (int i = 0; i < itemHrefs.length; i++) {
            resources.append("<resource identifier=\"r").append(i).append("\" type=\"imsqti_item_xmlv2p1\" href=\"")
                    .append(itemHrefs[i]).append("\"><file href=\"").append(itemHrefs[i]).append("\"/></resource>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" identifier=\"m\">"
                + "<organizations/><resources>" + resources + "</resources></manifest>";
    }
}
