package app.steppe.questionbank.domain.qti;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The {@code imsmanifest.xml} of an IMS content package (CP 1.1) that holds QTI 2.1 items: one resource of type
 * {@code imsqti_item_xmlv2p1} per item, which is what Canvas, Moodle and TAO look for.
 */
public final class QtiManifest {

    public static final String FILE = "imsmanifest.xml";
    public static final String ITEM_TYPE = "imsqti_item_xmlv2p1";
    private static final String SCHEMA_LOCATION = QtiXml.CP + " http://www.imsglobal.org/xsd/imscp_v1p1.xsd";

    /** One item of the package: its identifier and its file's path inside the zip. */
    public record ItemRef(String identifier, String href) {
    }

    private QtiManifest() {
    }

    /** A manifest of the items and, when {@code testHref} is not null, of the test that lists them. */
    public static Document write(String identifier, List<ItemRef> items, String testHref) {
        Document doc = QtiXml.newDocument();
        Element manifest = doc.createElementNS(QtiXml.CP, "manifest");
        manifest.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", QtiXml.XSI);
        manifest.setAttributeNS(QtiXml.XSI, "xsi:schemaLocation", SCHEMA_LOCATION);
        manifest.setAttribute("identifier", identifier);
        doc.appendChild(manifest);
        Element metadata = append(manifest, "metadata");
        append(metadata, "schema").setTextContent("QTIv2.1 Package");
        append(metadata, "schemaversion").setTextContent("1.0.0");
        append(manifest, "organizations");
        Element resources = append(manifest, "resources");
        if (testHref != null) {
            Element test = append(resources, "resource");
            test.setAttribute("identifier", "RES-TEST");
            test.setAttribute("type", QtiTest.TYPE);
            test.setAttribute("href", testHref);
            append(test, "file").setAttribute("href", testHref);
            items.forEach(item -> append(test, "dependency").setAttribute("identifierref", "RES-" + item.identifier()));
        }
        for (ItemRef item : items) {
            Element resource = append(resources, "resource");
            resource.setAttribute("identifier", "RES-" + item.identifier());
            resource.setAttribute("type", ITEM_TYPE);
            resource.setAttribute("href", item.href());
            append(resource, "file").setAttribute("href", item.href());
        }
        return doc;
    }

    /** The paths of the package's QTI 2.1 items, in manifest order; refuses a file that is not a CP manifest. */
    public static List<String> itemHrefs(Document manifest) throws QtiProblem {
        Element root = manifest.getDocumentElement();
        if (!"manifest".equals(root.getLocalName()) || root.getNamespaceURI() == null
                || !root.getNamespaceURI().startsWith("http://www.imsglobal.org/xsd/imscp_v1p1")) {
            throw new QtiProblem("qti.problem.notManifest");
        }
        List<String> hrefs = new ArrayList<>();
        for (Element resource : QtiXml.descendants(root, root.getNamespaceURI(), "resource")) {
            String type = resource.getAttribute("type");
            if (type.startsWith(ITEM_TYPE) && !resource.getAttribute("href").isBlank()) {
                hrefs.add(resource.getAttribute("href").strip());
            }
        }
        if (hrefs.isEmpty()) {
            boolean qti12 = QtiXml.descendants(root, root.getNamespaceURI(), "resource").stream()
                    .anyMatch(r -> r.getAttribute("type").startsWith("imsqti_xmlv1p2"));
            throw new QtiProblem(qti12 ? "qti.problem.qti12" : "qti.problem.noItems");
        }
        return hrefs;
    }

    private static Element append(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(QtiXml.CP, name);
        parent.appendChild(child);
        return child;
    }
}
