package app.steppe.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class AuthenticatedUserTest {

    /**
     * {@code new AuthenticatedUser(42, "aigerim.n", "Айгерім", "STUDENT", null)} serialized by the class as it was
     * before it had the password-change flag, as it sits in the session table of a running installation.
     */
    private static final String STORED_BEFORE_THE_FLAG = "rO0ABXNyACxhcHAuc3RlcHBlLnNoYXJlZC5zZWN1cml0eS5BdXRoZW50aWNh"
            + "dGVkVXNlcniEJ6kwCT9kAgAFSgACaWRMAAtkaXNwbGF5TmFtZXQAEkxqYXZhL2xhbmcvU3RyaW5nO0wADHBhc3N3b3JkSGFzaHEAfgAB"
            + "TAAEcm9sZXEAfgABTAAIdXNlcm5hbWVxAH4AAXhwAAAAAAAAACp0AA7QkNC50LPQtdGA0ZbQvHB0AAdTVFVERU5UdAAJYWlnZXJpbS5u";

    @Test
    void aPrincipalStoredInASessionBeforeTheFlagExistedStillLoads() throws Exception {
        try (var in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(STORED_BEFORE_THE_FLAG)))) {
            var user = (AuthenticatedUser) in.readObject();

            assertThat(user.id()).isEqualTo(42);
            assertThat(user.getUsername()).isEqualTo("aigerim.n");
            assertThat(user.displayName()).isEqualTo("Айгерім");
            assertThat(user.passwordChangeRequired()).isFalse();
        }
    }

    @Test
    void theFiveArgumentConstructorRequiresNoChange() {
        assertThat(new AuthenticatedUser(7, "dmitry.i", "Дмитрий", AuthenticatedUser.STUDENT, null).passwordChangeRequired())
                .isFalse();
        assertThat(new AuthenticatedUser(7, "dmitry.i", "Дмитрий", AuthenticatedUser.STUDENT, null, true).passwordChangeRequired())
                .isTrue();
    }
}
