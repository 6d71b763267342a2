package app.steppe.questionbank.domain.interop;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import app.steppe.questionbank.domain.gift.GiftText;
import app.steppe.questionbank.domain.qti.QtiXml;

/**
 * The text of a part of a QTI item as Steppe Markdown. Steppe's own export wrote Markdown in elements of class
 * {@code steppe-markdown}: that is read back as it is. Any other content is XHTML (Canvas writes HTML there): it is
 * converted as GIFT's HTML is, and {@link #droppedTags()} names the markup that did not survive.
 */
final class QtiText {

    private static final String BLANK = "_____";
    private static final Pattern GAP_MARK = Pattern.compile("QTIGAP(\\d+)QTIGAP");
    private static final Set<String> VOID = Set.of("br", "hr", "img", "col");

    private final MarkdownText markdown = new MarkdownText();

    /** The text of {@code container}, leaving out the elements named in {@code skipped} (interactions, say). */
    String of(Element container, Set<String> skipped) {
        return of(container, skipped, Map.of());
    }

    /** The text of a foreign passage with inline interactions: each becomes the gap {@code [[n]]} given for it. */
    String passage(Element container, Set<String> skipped, Map<Element, Integer> gaps) {
        StringBuilder html = new StringBuilder();
        for (Node node = container.getFirstChild(); node != null; node = node.getNextSibling()) {
            serialise(node, skipped, gaps, html);
        }
        String converted = markdown.convert(new GiftText(html.toString(), GiftText.HTML));
        return GAP_MARK.matcher(converted).replaceAll("[[$1]]");
    }

    private String of(Element container, Set<String> skipped, Map<Element, Integer> gaps) {
        for (Element child : QtiXml.children(container, QtiXml.QTI, null)) {
            if (child.getAttribute("class").contains(QtiItemWriter.MARKDOWN_CLASS)) {
                return steppeMarkdown(child);
            }
        }
        StringBuilder html = new StringBuilder();
        for (Node node = container.getFirstChild(); node != null; node = node.getNextSibling()) {
            serialise(node, skipped, gaps, html);
        }
        return markdown.convert(new GiftText(html.toString(), GiftText.HTML));
    }

    Set<String> droppedTags() {
        return markdown.droppedTags();
    }

    private static String steppeMarkdown(Element element) {
        if (!"div".equals(element.getLocalName())) {
            return element.getTextContent();
        }
        List<String> paragraphs = QtiXml.children(element, QtiXml.QTI, "p").stream().map(Node::getTextContent).toList();
        return String.join("\n\n", paragraphs);
    }

    private static void serialise(Node node, Set<String> skipped, Map<Element, Integer> gaps, StringBuilder html) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            html.append(escape(node.getNodeValue()));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        if (gaps.containsKey(element)) {
            html.append("QTIGAP").append(gaps.get(element)).append("QTIGAP"); // letters survive the conversion
            return;
        }
        if (skipped.contains(element.getLocalName())) {
            if ("textEntryInteraction".equals(element.getLocalName())) {
                html.append(BLANK); // where the answer goes in the sentence
            }
            return;
        }
        String name = element.getLocalName();
        html.append('<').append(name);
        for (String attribute : List.of("href", "alt")) {
            if (element.hasAttribute(attribute)) {
                html.append(' ').append(attribute).append("=\"").append(escape(element.getAttribute(attribute)))
                        .append('"');
            }
        }
        html.append('>');
        if (VOID.contains(name)) {
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            serialise(child, skipped, gaps, html);
        }
        html.append("</").append(name).append('>');
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
