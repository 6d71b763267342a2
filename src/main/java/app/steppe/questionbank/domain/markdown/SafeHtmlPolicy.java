package app.steppe.questionbank.domain.markdown;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The only HTML that rendered Markdown may contain. A second line of defence behind the Markdown renderer's own
 * escaping: if a renderer change ever let raw HTML through, this allow-list would still remove it.
 */
final class SafeHtmlPolicy {

    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "em", "strong", "ul", "ol", "li", "blockquote", "code", "pre", "br", "a")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowUrlProtocols("http", "https", "mailto")
            // links lead away from the app: no referrer-page access, no ranking endorsement
            .requireRelsOnLinks("nofollow", "noopener")
            .toFactory();

    private SafeHtmlPolicy() {
    }
}
