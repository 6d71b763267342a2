package app.steppe.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class EvenTimePasswordEncoderTest {

    /** Records which hashes were checked, instead of timing anything. */
    static class RecordingEncoder implements PasswordEncoder {
        final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        final List<String> checked = new ArrayList<>();

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checked.add(encoded);
            return real.matches(raw, encoded);
        }
    }

    @Test
    void aCheapTemporaryHashIsFollowedByADecoyCheckAtTheNormalCost() {
        var recording = new RecordingEncoder();
        var encoder = new EvenTimePasswordEncoder(recording);
        String cheap = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("k7mq-x3vt");

        assertThat(encoder.matches("k7mq-x3vt", cheap)).isTrue();
        assertThat(encoder.matches("wrong", cheap)).isFalse();

        assertThat(recording.checked).hasSize(4);
        assertThat(EvenTimePasswordEncoder.costOf(recording.checked.get(1))).isEqualTo(10);
    }

    @Test
    void aNormalHashIsCheckedOnce() {
        var recording = new RecordingEncoder();
        var encoder = new EvenTimePasswordEncoder(recording);
        String normal = encoder.encode("a strong passphrase here");

        assertThat(encoder.matches("a strong passphrase here", normal)).isTrue();
        assertThat(recording.checked).containsExactly(normal);
    }

    @Test
    void readsTheCostOfBcryptHashesOnly() {
        assertThat(EvenTimePasswordEncoder.costOf("{bcrypt}$2a$04$abcdefghijklmnopqrstuv")).isEqualTo(4);
        assertThat(EvenTimePasswordEncoder.costOf("{argon2}$argon2id$v=19")).isEqualTo(Integer.MAX_VALUE);
        assertThat(EvenTimePasswordEncoder.costOf(null)).isEqualTo(Integer.MAX_VALUE);
    }
}
