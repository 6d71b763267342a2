package app.steppe.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class RegistrationTest {

    private static final String STRONG = "Marble kettle orbits quietly";
    private static final EnrollmentCode CODE = new EnrollmentCode("KZ-7K3Q-9XW2");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-09-01T08:00:00Z"));
    private final List<UserAccount> saved = new ArrayList<>();

    @Test
    void aUsernameTakenBetweenTheCheckAndTheInsertIsAFieldErrorNotAServerError() {
        // The check finds the name free; by the insert, someone else has it and the unique constraint refuses.
        var answers = new ArrayList<>(List.of(false, true));
        var registration = registration(Map.of(
                "existsByUsername", args -> answers.remove(0),
                "saveAndFlush", args -> {
                    throw new DataIntegrityViolationException("uk_app_user_username");
                }));

        var violations = registration.register(command("aigerim.n"));

        assertThat(violations).containsExactly(Violation.of("username", "account.username.taken"));
    }

    @Test
    void anIntegrityViolationThatIsNotAboutTheUsernameIsNotHidden() {
        var registration = registration(Map.of(
                "existsByUsername", args -> false,
                "saveAndFlush", args -> {
                    throw new DataIntegrityViolationException("something else");
                }));

        org.assertj.core.api.Assertions.assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> registration.register(command("aigerim.n")));
    }

    @Test
    void savesAStudentWithTheNormalisedUsernameAndAHashedPassword() {
        var registration = registration(Map.of(
                "existsByUsername", args -> false,
                "saveAndFlush", args -> {
                    saved.add((UserAccount) args[0]);
                    return args[0];
                }));

        assertThat(registration.register(command("Aigerim.N"))).isEmpty();

        assertThat(saved).singleElement().satisfies(account -> {
            assertThat(account.getUsername()).isEqualTo("aigerim.n");
            assertThat(account.getRole()).isEqualTo(Role.STUDENT);
            assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(STRONG);
            assertThat(account.getCreatedAt()).isEqualTo(clock.instant());
        });
    }

    private Registration registration(Map<String, Function<Object[], Object>> userRepository) {
        var courses = fake(CourseRepository.class, Map.of("findById", args -> Optional.of(new Course(CODE, clock.instant()))));
        return new Registration(fake(UserAccountRepository.class, userRepository), new CourseEnrollment(courses, clock),
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock);
    }

    private static Registration.Command command(String username) {
        return new Registration.Command(username, "Айгерім Нұрланқызы", "", STRONG, STRONG, CODE.value());
    }

    /** A repository that answers only the methods given, so a test states exactly what the database does. */
    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            var answer = answers.get(method.getName());
            if (answer == null) {
                throw new UnsupportedOperationException(method.getName());
            }
            return answer.apply(args);
        });
    }
}
