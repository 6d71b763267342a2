package app.steppe.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class UserAccountPasswordTest {

    private static final Instant NOW = Instant.parse("2026-09-01T08:00:00Z");

    private static UserAccount aStudentWithATemporaryPassword() {
        return UserAccount.studentWithTemporaryPassword("aigerim.n", "Айгерім Нұрланқызы", null, "{bcrypt}temporary", NOW);
    }

    @Test
    void aStudentGivenATemporaryPasswordMustChangeIt() {
        var student = aStudentWithATemporaryPassword();

        assertThat(student.isPasswordChangeRequired()).isTrue();
        assertThat(student.getRole()).isEqualTo(Role.STUDENT);
    }

    @Test
    void anAccountMadeWithItsOwnPasswordNeedsNoChange() {
        var registered = new UserAccount("dmitry.i", "Дмитрий Иванов", null, "{bcrypt}own", Role.STUDENT, NOW);

        assertThat(registered.isPasswordChangeRequired()).isFalse();
    }

    @Test
    void choosingOwnPasswordClearsTheRequirement() {
        var student = aStudentWithATemporaryPassword();

        student.changeOwnPassword("{bcrypt}own");

        assertThat(student.isPasswordChangeRequired()).isFalse();
        assertThat(student.getPasswordHash()).isEqualTo("{bcrypt}own");
    }

    @Test
    void aResetRequiresAChangeAgain() {
        var student = aStudentWithATemporaryPassword();
        student.changeOwnPassword("{bcrypt}own");

        student.issueTemporaryPassword("{bcrypt}another-temporary");

        assertThat(student.isPasswordChangeRequired()).isTrue();
        assertThat(student.getPasswordHash()).isEqualTo("{bcrypt}another-temporary");
    }

    @Test
    void aStrongerHashAtLoginDoesNotCountAsChoosingAPassword() {
        var student = aStudentWithATemporaryPassword();

        student.rehashPassword("{bcrypt}same-password-higher-cost");

        assertThat(student.isPasswordChangeRequired()).isTrue();
    }
}
