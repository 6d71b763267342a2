package app.steppe.questionbank.domain.interop;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import app.steppe.questionbank.domain.qti.QtiXml;

/**
 * What an item's response declaration says of the answer: its cardinality and base type, the correct values, the
 * mapping (a value per response, as Canvas and Moodle write partial credit), and the response processing.
 */
record QtiResponse(String cardinality, String baseType, List<String> correct, List<Entry> mapping,
        String template, Element processing) {

    record Entry(String key, BigDecimal value, boolean caseSensitive) {
    }

    static QtiResponse of(Element item, Element declaration) {
        List<String> correct = QtiXml.child(declaration, QtiXml.QTI, "correctResponse")
                .map(c -> QtiXml.children(c, QtiXml.QTI, "value").stream().map(Node::getTextContent)
                        .map(String::strip).toList())
                .orElse(List.of());
        List<Entry> mapping = QtiXml.child(declaration, QtiXml.QTI, "mapping")
                .map(m -> QtiXml.children(m, QtiXml.QTI, "mapEntry").stream()
                        .filter(e -> decimal(e.getAttribute("mappedValue")) != null)
                        .map(e -> new Entry(e.getAttribute("mapKey").strip(), decimal(e.getAttribute("mappedValue")),
                                "true".equals(e.getAttribute("caseSensitive"))))
                        .toList())
                .orElse(List.of());
        Optional<Element> processing = QtiXml.child(item, QtiXml.QTI, "responseProcessing");
        return new QtiResponse(declaration.getAttribute("cardinality"), declaration.getAttribute("baseType"),
                correct, mapping, processing.map(p -> p.getAttribute("template")).orElse(""),
                processing.orElse(null));
    }

    boolean partialCredit() {
        return !mapping.isEmpty() && (template.endsWith("map_response") || template.isEmpty());
    }

    static BigDecimal decimal(String text) {
        if (text == null || !text.strip().matches("[-+]?(\\d{1,15}(\\.\\d{0,15})?|\\.\\d{1,15})([eE][-+]?\\d{1,3})?")) {
            return null;
        }
        return new BigDecimal(text.strip());
    }
}
