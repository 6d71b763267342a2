package app.steppe.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import app.steppe.account.domain.PasswordPolicy.TooGuessable;
import app.steppe.account.domain.PasswordPolicy.TooShort;

class PasswordPolicyTest {

    @Test
    void refusesAPasswordShorterThanTenCharacters() {
        assertThat(PasswordPolicy.judge("Zq7#kd9!x", "aigerim")).isEqualTo(new TooShort(10));
    }

    @Test
    void countsCharactersNotBytesSoTenKazakhLettersAreLongEnoughToBeJudged() {
        assertThat(PasswordPolicy.judge("ұқғәөүһіңқ", "aigerim")).isNotInstanceOf(TooShort.class);
    }

    @Test
    void refusesACommonPasswordAndSaysItIsCommon() {
        var verdict = PasswordPolicy.judge("password1234", "aigerim");

        assertThat(verdict).isInstanceOf(TooGuessable.class);
        assertThat(((TooGuessable) verdict).feedback().getWarning(Locale.ENGLISH)).contains("common password");
    }

    @Test
    void refusesAKeyboardPattern() {
        var verdict = PasswordPolicy.judge("qwertyuiop12", "aigerim");

        assertThat(verdict).isInstanceOf(TooGuessable.class);
        assertThat(((TooGuessable) verdict).score()).isLessThan(PasswordPolicy.MIN_SCORE);
    }

    @Test
    void refusesThePasswordThatIsTheUsername() {
        assertThat(PasswordPolicy.judge("aigerim.nurlanqyzy", "aigerim.nurlanqyzy", "Айгерім Нұрланқызы", null))
                .isInstanceOf(TooGuessable.class);
    }

    @Test
    void acceptsTheSameStringWhenItIsNotThePersonsOwnName() {
        // Shows the refusal above comes from the personal words, not from the string alone.
        assertThat(PasswordPolicy.judge("aigerim.nurlanqyzy-kettle-orbit", "dmitry", "Дмитрий Иванов", null).accepted())
                .isTrue();
    }

    @Test
    void acceptsAStrongPassphrase() {
        assertThat(PasswordPolicy.judge("Marble kettle orbits quietly", "aigerim", "Айгерім Нұрланқызы", "a@b.kz").accepted())
                .isTrue();
    }

    @Test
    void turnsARefusalIntoAViolationOnTheGivenField() {
        assertThat(PasswordPolicy.violations("newPassword", new TooShort(10)))
                .containsExactly(Violation.of("newPassword", "account.password.tooShort", 10));
        assertThat(PasswordPolicy.violations("password", PasswordPolicy.judge("Marble kettle orbits quietly"))).isEmpty();
    }
}
