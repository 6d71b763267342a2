package app.steppe.questionbank.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every message key the question bank can produce has an English text, and every text is still used. */
class QuestionBankMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/app/steppe/questionbank");
    private static final Pattern KEY_LITERAL =
            Pattern.compile("\"((?:yaml|set|question|citation|tag|spellings|import)\\.[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*)\"");

    private final Properties messages = messages();

    @Test
    void everyMessageKeyInTheCodeHasAText() {
        assertThat(messages.stringPropertyNames()).containsAll(keysInCode());
    }

    @Test
    void everyTextIsUsedByTheCode() {
        assertThat(keysInCode()).containsAll(messages.stringPropertyNames());
    }

    @Test
    void everyTextFormatsWithItsArgumentsFilledIn() {
        Object[] args = {"first", "second", "third"};
        messages.stringPropertyNames().forEach(key -> {
            String formatted = new MessageFormat(messages.getProperty(key), Locale.ENGLISH).format(args);
            assertThat(formatted).as(key).doesNotContain("{", "}").isNotBlank();
        });
    }

    private static Set<String> keysInCode() {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Matcher key = KEY_LITERAL.matcher(read(file));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties messages() {
        Properties properties = new Properties();
        try (InputStream in = QuestionBankMessagesTest.class.getResourceAsStream("/i18n/questionbank.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
