package app.steppe.questionbank.domain.interop;

import java.math.BigDecimal;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import app.steppe.questionbank.domain.qti.QtiXml;

/**
 * Builds one QTI 2.1 {@code assessmentItem}, in the order the schema wants its parts: response declarations,
 * outcomes, body, response processing, feedback. Steppe's texts are Markdown: they are written as they are typed,
 * in elements of class {@value #MARKDOWN_CLASS} (a paragraph per {@code p}), so that other tools show readable text
 * and Steppe's import reads back exactly what was written.
 */
final class QtiItemWriter {

    static final String MARKDOWN_CLASS = "steppe-markdown";
    static final String RESPONSE = "RESPONSE";
    static final String TEMPLATES = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/";
    static final String MATCH_CORRECT = TEMPLATES + "match_correct";
    static final String MAP_RESPONSE = TEMPLATES + "map_response";
    private static final String SCHEMA_LOCATION = QtiXml.QTI + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";

    private final Document doc = QtiXml.newDocument();
    private final Element item;

    QtiItemWriter(String identifier, String title) {
        item = doc.createElementNS(QtiXml.QTI, "assessmentItem");
        item.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", QtiXml.XSI);
        item.setAttributeNS(QtiXml.XSI, "xsi:schemaLocation", SCHEMA_LOCATION);
        item.setAttribute("identifier", identifier);
        item.setAttribute("title", title);
        item.setAttribute("adaptive", "false");
        item.setAttribute("timeDependent", "false");
        doc.appendChild(item);
    }

    Document document() {
        return doc;
    }

    Element response(String cardinality, String baseType) {
        return response(cardinality, baseType, RESPONSE);
    }

    Element response(String cardinality, String baseType, String identifier) {
        Element declaration = el(item, "responseDeclaration");
        declaration.setAttribute("identifier", identifier);
        declaration.setAttribute("cardinality", cardinality);
        declaration.setAttribute("baseType", baseType);
        return declaration;
    }

    void correct(Element response, List<String> values) {
        Element correct = el(response, "correctResponse");
        values.forEach(value -> el(correct, "value").setTextContent(value));
    }

    Element mapping(Element response) {
        Element mapping = el(response, "mapping");
        mapping.setAttribute("lowerBound", "0");
        mapping.setAttribute("upperBound", "1");
        mapping.setAttribute("defaultValue", "0");
        return mapping;
    }

    void mapEntry(Element mapping, String key, BigDecimal value, boolean caseSensitive) {
        Element entry = el(mapping, "mapEntry");
        entry.setAttribute("mapKey", key);
        entry.setAttribute("mappedValue", number(value));
        entry.setAttribute("caseSensitive", String.valueOf(caseSensitive));
    }

    /** SCORE is the share of the points earned (0 to 1, as the templates score); MAXSCORE carries the points. */
    void outcomes(BigDecimal points) {
        outcome("SCORE", "single", "float", "0");
        outcome("MAXSCORE", "single", "float", number(points));
        outcome("FEEDBACK", "multiple", "identifier", null);
    }

    Element body(String promptMarkdown) {
        Element body = el(item, "itemBody");
        markdownBlock(body, promptMarkdown);
        return body;
    }

    void template(String uri) {
        el(item, "responseProcessing").setAttribute("template", uri);
    }

    Element processing() {
        return el(item, "responseProcessing");
    }

    /** The explanation, shown after the answer: {@code hide} shows it unless FEEDBACK names it, which nothing does. */
    void explanation(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return;
        }
        Element feedback = el(item, "modalFeedback");
        feedback.setAttribute("outcomeIdentifier", "FEEDBACK");
        feedback.setAttribute("identifier", "EXPLANATION");
        feedback.setAttribute("showHide", "hide");
        markdownBlock(feedback, markdown);
    }

    /** A Markdown text where block content is allowed: a {@code div} with a {@code p} per paragraph. */
    Element markdownBlock(Element parent, String markdown) {
        Element div = el(parent, "div");
        div.setAttribute("class", MARKDOWN_CLASS);
        for (String paragraph : markdown.split("\n\n", -1)) {
            el(div, "p").setTextContent(paragraph);
        }
        return div;
    }

    /** A Markdown text where only inline content is allowed (a choice, a feedback): one {@code span}. */
    Element markdownInline(Element parent, String markdown) {
        Element span = el(parent, "span");
        span.setAttribute("class", MARKDOWN_CLASS);
        span.setTextContent(markdown);
        return span;
    }

    Element el(Element parent, String name) {
        Element child = doc.createElementNS(QtiXml.QTI, name);
        parent.appendChild(child);
        return child;
    }

    private void outcome(String identifier, String cardinality, String baseType, String defaultValue) {
        Element outcome = el(item, "outcomeDeclaration");
        outcome.setAttribute("identifier", identifier);
        outcome.setAttribute("cardinality", cardinality);
        outcome.setAttribute("baseType", baseType);
        if (defaultValue != null) {
            el(el(outcome, "defaultValue"), "value").setTextContent(defaultValue);
        }
    }

    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
