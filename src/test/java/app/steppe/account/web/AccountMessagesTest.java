package app.steppe.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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

/** Every visible string of the account pages is a message key, and every key used exists. */
class AccountMessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates/account");
    private static final Path SOURCES = Path.of("src/main/java/app/steppe/account");
    /** Text between tags, in an element that does not replace it with th:text. */
    private static final Pattern TEXT_IN_ELEMENT = Pattern.compile("<([a-zA-Z][\\w-]*)([^>]*)>([^<]*[^<\\s][^<]*)<");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([\\w.]+)");
    private static final Pattern KEY_IN_JAVA = Pattern.compile("\"((?:account|roster|students|profile|enrollment|login)\\.[\\w.]+)\"");
    /** Built from parts (RosterRowChecker, the profile template), so not found as literals. */
    private static final List<String> COMPOSED_KEYS = List.of("roster.username.missing", "roster.username.invalid",
            "roster.displayName.missing", "roster.displayName.invalid", "roster.email.invalid", "role.STUDENT", "role.INSTRUCTOR");

    @Test
    void accountTemplatesHaveNoHardCodedText() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : files(TEMPLATES, ".html")) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
            Matcher text = TEXT_IN_ELEMENT.matcher(html);
            while (text.find()) {
                if (!text.group(2).contains("th:text") && !text.group(2).contains("th:utext")) {
                    hardCoded.add(template.getFileName() + ": " + text.group(3).strip());
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    @Test
    void everyKeyTheAccountPagesAndCodeUseExists() throws IOException {
        Properties messages = load("i18n/messages.properties");
        messages.putAll(load("i18n/account.properties"));
        List<String> used = new ArrayList<>(COMPOSED_KEYS);
        for (Path template : files(TEMPLATES, ".html")) {
            KEY_IN_TEMPLATE.matcher(Files.readString(template)).results().map(m -> m.group(1)).forEach(used::add);
        }
        for (Path source : files(SOURCES, ".java")) {
            KEY_IN_JAVA.matcher(Files.readString(source)).results().map(m -> m.group(1)).forEach(used::add);
        }

        assertThat(used).hasSizeGreaterThan(50);
        assertThat(used).allSatisfy(key -> assertThat(messages).as(key).containsKey(key));
    }

    @Test
    void everyPieceOfZxcvbnAdviceHasAMessage() throws IOException {
        Properties zxcvbn = new Properties();
        try (InputStream in = com.nulabinc.zxcvbn.Zxcvbn.class.getResourceAsStream("messages.properties")) {
            zxcvbn.load(in);
        }
        Properties account = load("i18n/account.properties");

        assertThat(zxcvbn.stringPropertyNames()).isNotEmpty()
                .allSatisfy(key -> assertThat(account).containsKey(ViolationErrors.ZxcvbnMessages.PREFIX + key));
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (Reader in = new java.io.InputStreamReader(
                AccountMessagesTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
