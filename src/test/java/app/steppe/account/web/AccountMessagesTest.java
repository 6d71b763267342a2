package app.steppe.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Message keys of the account pages that no literal shows (TemplateMessagesTest checks the rest): keys composed at
 * run time, and zxcvbn's password advice, which is translated through our bundle.
 */
class AccountMessagesTest {

    /** Built from parts (RosterRowChecker, the profile template), so not found as literals. */
    private static final List<String> COMPOSED_KEYS = List.of("roster.username.missing", "roster.username.invalid",
            "roster.displayName.missing", "roster.displayName.invalid", "roster.email.invalid", "role.STUDENT",
            "role.INSTRUCTOR");

    @Test
    void everyComposedKeyHasAMessage() throws IOException {
        assertThat(load("i18n/account.properties").stringPropertyNames()).containsAll(COMPOSED_KEYS);
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
}
