package app.steppe.account.domain;

import java.time.Clock;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** A student creates their own account with the course's enrollment code. */
@Service
public class Registration {

    /** What a student fills in; the names are the form's field names. */
    public record Command(String username, String displayName, String email, String password,
            String passwordConfirmation, String enrollmentCode) {

        @Override
        public String toString() {
            return "Registration.Command[" + username + "]";
        }
    }

    private final UserAccountRepository users;
    private final CourseEnrollment enrollment;
    private final PasswordEncoder encoder;
    private final Clock clock;

    Registration(UserAccountRepository users, CourseEnrollment enrollment, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.enrollment = enrollment;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Creates the account, or saves nothing and says what is wrong: the list is empty when the account exists. */
    public List<Violation> register(Command command) {
        List<Violation> violations = check(command);
        if (!violations.isEmpty()) {
            return violations;
        }
        var account = new UserAccount(command.username(), command.displayName(), command.email(),
                encoder.encode(command.password()), Role.STUDENT, clock.instant());
        try {
            users.saveAndFlush(account);
            return List.of();
        } catch (DataIntegrityViolationException e) {
            // Someone took the name between the check and the insert: the unique constraint decided.
            if (users.existsByUsername(account.getUsername())) {
                return List.of(Violation.of("username", "account.username.taken"));
            }
            throw e;
        }
    }

    private List<Violation> check(Command c) {
        List<Violation> violations = AccountFields.detailViolations(c.username(), c.displayName(), c.email(),
                users::existsByUsername);
        violations.addAll(PasswordPolicy.violations("password",
                PasswordPolicy.judge(c.password(), c.username(), c.displayName(), c.email())));
        if (c.password() != null && !c.password().equals(c.passwordConfirmation())) {
            violations.add(Violation.of("passwordConfirmation", "account.password.mismatch"));
        }
        if (c.enrollmentCode() == null || c.enrollmentCode().isBlank()) {
            violations.add(Violation.of("enrollmentCode", AccountFields.REQUIRED));
        } else if (!enrollment.admits(c.enrollmentCode())) {
            violations.add(Violation.of("enrollmentCode", "account.enrollmentCode.wrong"));
        }
        return violations;
    }
}
