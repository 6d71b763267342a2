package app.steppe.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class TemporaryPasswordsTest {

    private final TemporaryPasswords passwords = new TemporaryPasswords();

    @Test
    void issuesFourGroupsOfFourUnambiguousSymbols() {
        assertThat(passwords.issue().plainText()).matches("[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}");
    }

    @Test
    void theHashIsCheckedByTheApplicationsDelegatingEncoder() {
        var issued = passwords.issue();
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

        assertThat(encoder.matches(issued.plainText(), issued.hash())).isTrue();
        assertThat(encoder.matches("something-else", issued.hash())).isFalse();
        // Cheap now, so the login upgrades it to the normal cost.
        assertThat(encoder.upgradeEncoding(issued.hash())).isTrue();
    }

    @Test
    void neverPrintsThePassword() {
        var issued = passwords.issue();

        assertThat(issued.toString()).doesNotContain(issued.plainText());
        assertThat(new IssuedCredentials("aigerim", "Айгерім", issued.plainText()).toString()).doesNotContain(issued.plainText());
    }
}
