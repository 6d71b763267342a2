package app.steppe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every visible string is a message key: template text that Thymeleaf does not replace, and visible attributes
 * without a th: twin, are hard-coded English and fail this test; so does a #{key} that no bundle defines, or a
 * message key written as a literal in Java (flash messages, field errors) that no bundle defines.
 */
class TemplateMessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    /** Attributes that replace an element's whole content at render time. */
    private static final Set<String> CONTENT_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "layout:fragment");
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label", "value");
    /** Text that is not language: numbers, punctuation and typographic symbols. */
    private static final Pattern NOT_WORDS = Pattern.compile("[\\p{N}\\p{P}\\p{S}\\s]*");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");
    /** A string literal shaped like a key ("students.unlocked"); it counts when a bundle uses its first segment. */
    private static final Pattern JAVA_KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    @Test
    void templatesContainNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : doc.getAllElements()) {
                if (replacedAtRenderTime(element) || isIn(element, "script", "style")) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (!NOT_WORDS.matcher(text.text()).matches()) {
                        problems.add(TEMPLATES.relativize(template) + ": text '" + text.text().strip() + "'");
                    }
                }
                for (String attribute : VISIBLE_ATTRIBUTES) {
                    String value = element.attr(attribute);
                    boolean hidden = "value".equals(attribute) && !"submit".equals(element.attr("type"))
                            && !"button".equals(element.attr("type"));
                    if (!hidden && !value.isEmpty() && !NOT_WORDS.matcher(value).matches()
                            && !element.hasAttr("th:" + attribute) && !element.hasAttr("th:attr")) {
                        problems.add(TEMPLATES.relativize(template) + ": attribute " + attribute + "='" + value + "'");
                    }
                }
            }
        }
        assertThat(problems).as("hard-coded text in templates (use th:text=\"#{key}\")").isEmpty();
    }

    @Test
    void everyMessageKeyUsedInATemplateIsDefined() throws IOException {
        Properties messages = allBundles();
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!messages.containsKey(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).as("message keys used in templates but defined in no bundle").isEmpty();
    }

    @Test
    void everyMessageKeyWrittenInJavaIsDefined() throws IOException {
        Properties messages = allBundles();
        Set<String> prefixes = new TreeSet<>();
        messages.stringPropertyNames().forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = JAVA_KEY_LITERAL.matcher(Files.readString(source));
                while (m.find()) {
                    String key = m.group(1);
                    if (prefixes.contains(key.substring(0, key.indexOf('.') + 1)) && !messages.containsKey(key)) {
                        missing.add(source.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in Java but defined in no bundle").isEmpty();
    }

    @Test
    void theCheckerCatchesHardCodedText() {
        Document doc = Jsoup.parse("<div><p>Hello students</p><p th:text=\"#{x}\">ok</p><span>12 · ¶</span>"
                + "<input placeholder=\"Your name\"></div>", "", Parser.xmlParser());
        List<String> found = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (!replacedAtRenderTime(e)) {
                e.textNodes().stream().filter(t -> !NOT_WORDS.matcher(t.text()).matches())
                        .forEach(t -> found.add(t.text()));
            }
        }
        assertThat(found).containsExactly("Hello students");
    }

    private static boolean replacedAtRenderTime(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            for (String attribute : CONTENT_REPLACING) {
                // layout:fragment only replaces in the layout file itself, where it holds no text of its own
                if (e.hasAttr(attribute) && !(attribute.equals("layout:fragment") && e != element)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isIn(Element element, String... tags) {
        for (Element e = element; e != null; e = e.parent()) {
            for (String tag : tags) {
                if (e.tagName().equalsIgnoreCase(tag)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> paths = Files.walk(TEMPLATES)) {
            return paths.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties allBundles() throws IOException {
        Properties all = new Properties();
        try (Stream<Path> paths = Files.list(BUNDLES)) {
            for (Path bundle : paths.filter(p -> p.toString().endsWith(".properties")).toList()) {
                try (InputStream in = Files.newInputStream(bundle)) {
                    Properties p = new Properties();
                    p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                    all.putAll(p);
                }
            }
        }
        return all;
    }
}
