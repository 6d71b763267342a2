package app.steppe.questionbank.domain.interop;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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
