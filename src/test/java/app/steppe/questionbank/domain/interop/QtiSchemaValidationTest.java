package app.steppe.questionbank.domain.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

import app.steppe.questionbank.QtiQuizOutline;
import app.steppe.questionbank.QtiQuizOutline.Draw;

/**
 * Every file of an exported package is valid against the official IMS QTI 2.1 (imsqti_v2p1.xsd, Final Release 2012) and
 * IMS CP 1.1 (imscp_v1p1.xsd) schemas shipped in test resources. Their imports are served locally: the W3C xml.xsd,
 * and lax stand-ins for XInclude, MathML 2 and APIP, which Steppe does not write (see src/test/resources/qti/xsd/README.md).
 * The schema refuses an element or a missing required attribute, as the last test shows.
 */
class QtiSchemaValidationTest {

    /** Namespace -> local file for every schema the official files import (stand-ins for XInclude, MathML, APIP). */
    private static final Map<String, String> LOCAL_IMPORTS = Map.of(
            XMLConstants.XML_NS_URI, "xml.xsd",
            "http://www.w3.org/2001/XInclude", "xinclude-standin.xsd",
            "http://www.w3.org/1998/Math/MathML", "mathml2-standin.xsd",
            "http://www.imsglobal.org/xsd/apip/apipv1p0/imsapip_qtiv1p0", "apip-standin.xsd");

    private static final Schema ITEM = schema("imsqti_v2p1.xsd");
    private static final Schema MANIFEST = schema("imscp_v1p1.xsd");

    @Test
    void everyExportedItemTheTestAndTheManifestAreValid() throws Exception {
        Map<String, byte[]> files = QtiPackages.unzip(QtiExport.of(QtiPackages.everyType()).zip());

        validate(MANIFEST, files.get("imsmanifest.xml"));
        validate(ITEM, files.get("assessment.xml"));
        assertThat(files.keySet()).filteredOn(name -> name.startsWith("items/")).hasSize(9);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().startsWith("items/")) {
                validate(ITEM, file.getValue());
            }
        }
    }

    @Test
    void aQuizPackageWithDrawsShufflingAndATimeLimitIsValid() throws Exception {
        QtiQuizOutline outline = new QtiQuizOutline("Midterm", Optional.of(Duration.ofMinutes(45)), true, true,
                List.of(new Draw(Optional.of("people"), 1), new Draw(Optional.empty(), 4)));
        Map<String, byte[]> files = QtiPackages.unzip(QtiExport.of(QtiPackages.everyTypeTagged(), outline).zip());
        String test = new String(files.get("assessment.xml"), StandardCharsets.UTF_8);
        assertThat(test).contains("<timeLimits maxTime=\"2700\"/>", "<selection select=\"1\"/>",
                "<selection select=\"4\"/>", "<ordering shuffle=\"true\"/>");

        validate(MANIFEST, files.get("imsmanifest.xml"));
        validate(ITEM, files.get("assessment.xml"));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().startsWith("items/")) {
                validate(ITEM, file.getValue());
            }
        }
        // the schema wants a section's selection before its ordering
        String misordered = test.replace("<selection select=\"1\"/><ordering shuffle=\"true\"/>",
                "<ordering shuffle=\"true\"/><selection select=\"1\"/>");
        assertThat(misordered).isNotEqualTo(test);
        assertThatThrownBy(() -> validate(ITEM, misordered.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class);
    }

    @Test
    void theSchemaRefusesAnItemWithAnElementQtiDoesNotHave() throws Exception {
        Map<String, byte[]> files = QtiPackages.unzip(QtiExport.of(QtiPackages.everyType()).zip());
        String item = new String(files.entrySet().stream().filter(f -> f.getKey().startsWith("items/")).findFirst()
                .orElseThrow().getValue(), StandardCharsets.UTF_8);
        validate(ITEM, item.getBytes(StandardCharsets.UTF_8));
        String broken = item.replace("<itemBody>", "<itemBody><blink>no</blink>");

        assertThatThrownBy(() -> validate(ITEM, broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> validate(ITEM, item.replace(" timeDependent=\"false\"", "").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class);
    }

    private static void validate(Schema schema, byte[] xml) throws SAXException, IOException {
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    /** Serves imported schemas from test resources, never from the network: the W3C xml.xsd for the xml namespace. */
    private static LSInput localImport(String type, String namespace, String publicId, String systemId, String baseUri) {
        String file = LOCAL_IMPORTS.get(namespace);
        if (file == null) {
            return null;
        }
        URL local = QtiSchemaValidationTest.class.getResource("/qti/xsd/" + file);
        try {
            DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
            LSInput input = ls.createLSInput();
            input.setSystemId(local.toExternalForm());
            input.setByteStream(local.openStream());
            return input;
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema schema(String name) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            factory.setResourceResolver(QtiSchemaValidationTest::localImport);
            return factory.newSchema(QtiSchemaValidationTest.class.getResource("/qti/xsd/" + name));
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}
