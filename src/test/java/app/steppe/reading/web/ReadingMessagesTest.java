package app.steppe.reading.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every visible string of the reading module is a message key, and every key it uses exists. */
class ReadingMessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates/reading");
    private static final Path SOURCES = Path.of("src/main/java/app/steppe/reading");
    private static final Pattern TAG_AND_TEXT = Pattern.compile("(<[^>]*>)([^<]*)");
    private static final Pattern VISIBLE_ATTRIBUTE = Pattern.compile("\\s(aria-label|title|placeholder|alt)=\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([\\w.]+)|'(reading\\.[\\w.]+)'");
    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:reading|NotBlank|Size)\\.[\\w.]+)\"");

    private static List<Path> files(Path dir, String extension) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
        }
    }

    private static String markup(Path template) throws IOException {
        return Files.readString(template, StandardCharsets.UTF_8)
                .replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("<!DOCTYPE[^>]*>", "");
    }

    private static Properties messages() throws IOException {
        Properties messages = new Properties();
        for (String bundle : List.of("reading", "messages")) {
            try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/" + bundle + ".properties"),
                    StandardCharsets.ISO_8859_1)) {
                messages.load(reader);
            }
        }
        return messages;
    }

    @Test
    void templatesShowNoTextThatIsNotReplacedByAMessageOrValue() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".html")) {
            Matcher tags = TAG_AND_TEXT.matcher(markup(template));
            while (tags.find()) {
                String tag = tags.group(1);
                boolean replaced = tag.contains("th:text=") || tag.contains("th:utext=");
                if (tags.group(2).codePoints().anyMatch(Character::isLetter) && !replaced) {
                    hardCoded.add(template.getFileName() + ": " + tags.group(2).strip());
                }
                if (VISIBLE_ATTRIBUTE.matcher(tag).find()) {
                    hardCoded.add(template.getFileName() + ": " + tag);
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    @Test
    void everyMessageKeyTheModuleUsesExists() throws IOException {
        Properties messages = messages();
        List<String> used = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".html")) {
            TEMPLATE_KEY.matcher(markup(template)).results()
                    .map(m -> m.group(1) != null ? m.group(1) : m.group(2))
                    .forEach(used::add);
        }
        for (Path source : files(SOURCES, ".java")) {
            JAVA_KEY.matcher(Files.readString(source)).results().map(m -> m.group(1)).forEach(used::add);
        }

        assertThat(used).contains("reading.versionNote", "reading.form.title", "reading.upload.notUtf8", "reading.text.tooLong");
        assertThat(used).allSatisfy(key -> assertThat(messages).containsKey(key));
    }
}
