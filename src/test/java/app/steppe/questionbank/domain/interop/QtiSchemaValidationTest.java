package app.steppe.questionbank.domain.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * Every file of an exported package is valid against the QTI 2.1 and IMS CP 1.1 schemas shipped in test resources.
 * They are subsets of the official schemas (see src/test/resources/qti/xsd/README.md), strict enough to refuse an
 * element or attribute outside what Steppe means to write, as the last test shows.
 */
class QtiSchemaValidationTest {

    private static final Schema ITEM = schema("imsqti_v2p1-subset.xsd");
    private static final Schema MANIFEST = schema("imscp_v1p1-subset.xsd");

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
    void theSchemaRefusesAnItemWithAnElementQtiDoesNotHave() throws Exception {
        Map<String, byte[]> files = QtiPackages.unzip(QtiExport.of(QtiPackages.everyType()).zip());
        String item = new String(files.entrySet().stream().filter(f -> f.getKey().startsWith("items/")).findFirst()
                .orElseThrow().getValue(), StandardCharsets.UTF_8);
        validate(ITEM, item.getBytes(StandardCharsets.UTF_8));
        String broken = item.replace("<itemBody>", "<itemBody><blink>no</blink>");

        assertThatThrownBy(() -> validate(ITEM, broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> validate(ITEM, item.replace(" adaptive=\"false\"", "").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SAXException.class);
    }

    private static void validate(Schema schema, byte[] xml) throws SAXException, IOException {
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Schema schema(String name) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(QtiSchemaValidationTest.class.getResource("/qti/xsd/" + name));
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}
