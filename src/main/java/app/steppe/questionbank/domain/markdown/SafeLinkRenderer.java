package app.steppe.questionbank.domain.markdown;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Links to web pages, mail addresses and anchors on the same page ("#p7") become links; any other destination
 * (javascript:, data:, a path into the app) is rendered as its text alone, rather than as a link that goes nowhere.
 */
final class SafeLinkRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    SafeLinkRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Link.class);
    }

    @Override
    public void render(Node node) {
        Link link = (Link) node;
        boolean linked = isAllowed(link.getDestination());
        if (linked) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("href", context.encodeUrl(link.getDestination()));
            if (link.getTitle() != null) {
                attributes.put("title", link.getTitle());
            }
            html.tag("a", context.extendAttributes(link, "a", attributes));
        }
        for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        if (linked) {
            html.tag("/a");
        }
    }

    static boolean isAllowed(String destination) {
        String url = destination.strip().toLowerCase(Locale.ROOT);
        return url.startsWith("https://") || url.startsWith("http://") || url.startsWith("mailto:")
                || (url.startsWith("#") && url.length() > 1);
    }
}
