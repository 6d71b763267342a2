package app.steppe.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.steppe.account.domain.Role;
import app.steppe.account.domain.UserAccount;
import app.steppe.account.domain.UserAccountRepository;

/** The accounts that exist before anyone registers: demo accounts, or one instructor in production. */
@ExtendWith(OutputCaptureExtension.class)
class AccountBootstrapTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void withoutAConfiguredPasswordTheDemoAccountsGetARandomOneThatIsPrintedOnce(CapturedOutput output) {
        UserAccountRepository users = mock(UserAccountRepository.class);
        List<UserAccount> saved = new ArrayList<>();
        when(users.save(any())).thenAnswer(call -> {
            saved.add(call.getArgument(0));
            return call.getArgument(0);
        });

        new DemoAccounts(users, encoder, clock, "").run(null);

        assertThat(saved).extracting(UserAccount::getUsername).containsExactly("instructor", "student", "student2");
        assertThat(saved).extracting(UserAccount::getRole).containsExactly(Role.INSTRUCTOR, Role.STUDENT, Role.STUDENT);
        String printed = output.getOut().replaceAll("(?s).*the password (\\S+) .*", "$1");
        assertThat(printed).startsWith("steppe-");
        assertThat(saved).allMatch(u -> encoder.matches(printed, passwordHashOf(u)));

        when(users.existsByUsername("instructor")).thenReturn(true);
        int before = output.getOut().length();
        new DemoAccounts(users, encoder, clock, "").run(null);
        assertThat(output.getOut().substring(before)).doesNotContain("password");
        assertThat(saved).hasSize(3);
    }

    @Test
    void aConfiguredDemoPasswordIsUsedAndNeverPrinted(CapturedOutput output) {
        UserAccountRepository users = mock(UserAccountRepository.class);
        when(users.save(any())).thenAnswer(call -> call.getArgument(0));

        new DemoAccounts(users, encoder, clock, "Configured-Demo-Pass-42").run(null);

        assertThat(output.getOut()).doesNotContain("Configured-Demo-Pass-42");
    }

    @Test
    void productionCreatesTheConfiguredInstructorOnce() {
        UserAccountRepository users = mock(UserAccountRepository.class);
        List<UserAccount> saved = new ArrayList<>();
        when(users.save(any())).thenAnswer(call -> {
            saved.add(call.getArgument(0));
            return call.getArgument(0);
        });

        new InstructorBootstrap(users, encoder, clock, "Head.Teacher", "a long bootstrap secret", "Гүлнар Ахметова")
                .run(null);

        assertThat(saved).singleElement().satisfies(u -> {
            assertThat(u.getUsername()).isEqualTo("head.teacher");
            assertThat(u.getRole()).isEqualTo(Role.INSTRUCTOR);
            assertThat(u.getDisplayName()).isEqualTo("Гүлнар Ахметова");
            assertThat(u.isPasswordChangeRequired()).as("the configured password is replaced at first login").isTrue();
        });

        when(users.existsByUsername("head.teacher")).thenReturn(true);
        new InstructorBootstrap(users, encoder, clock, "Head.Teacher", "a long bootstrap secret", "x").run(null);
        assertThat(saved).hasSize(1);
    }

    @Test
    void productionRefusesAShortBootstrapPasswordAndDoesNothingWithoutAUsername() {
        UserAccountRepository users = mock(UserAccountRepository.class);
        assertThatThrownBy(() -> new InstructorBootstrap(users, encoder, clock, "boss", "short", "B").run(null))
                .isInstanceOf(IllegalStateException.class);
        new InstructorBootstrap(users, encoder, clock, "", "", "B").run(null);
        verify(users, never()).save(any());
    }

    private static String passwordHashOf(UserAccount user) {
        return (String) org.springframework.test.util.ReflectionTestUtils.getField(user, "passwordHash");
    }
}
