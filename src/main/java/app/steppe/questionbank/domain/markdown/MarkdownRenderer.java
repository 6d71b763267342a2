package app.steppe.questionbank.domain.markdown;

import java.util.Set;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the Markdown of prompts, explanations and feedback to HTML that is safe to put in a page as is:
 * paragraphs, emphasis, strong, lists, block quotes, links (web, mail, same-page anchors) and code. Headings, rules
 * and images are not part of the subset (a prompt is not a document); raw HTML is shown as text, never passed
 * through. The result then goes through an allow-list sanitiser as well.
 */
public final class MarkdownRenderer {

    private static final Parser PARSER = Parser.builder()
            // headings, thematic breaks and HTML blocks are left out: their source is read as plain paragraphs
            .enabledBlockTypes(Set.of(BlockQuote.class, FencedCodeBlock.class, IndentedCodeBlock.class, ListBlock.class))
            .build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(ImageAsAltText::new)
            .nodeRendererFactory(SafeLinkRenderer::new)
            .build();

    private MarkdownRenderer() {
    }

    /** Safe HTML for the Markdown; an empty string for null or blank input. */
    public static String render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        return SafeHtmlPolicy.POLICY.sanitize(html);
    }

    /** Images are not in the subset; their description is kept as text so no words are lost. */
    private static final class ImageAsAltText implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        ImageAsAltText(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node image) {
            for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
        }
    }
}
