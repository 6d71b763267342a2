package app.steppe.account.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an instructor does with students one at a time: list, create, reset a password, lift a login lock. */
@Service
public class StudentAccounts {

    /** A row of the instructor's list. */
    public record StudentSummary(long id, String username, String displayName, String email, boolean locked) {
    }

    /** Either the new student's credentials or what is wrong with the input. */
    public record Creation(Optional<IssuedCredentials> credentials, List<Violation> violations) {
    }

    private final UserAccountRepository users;
    private final TemporaryPasswords passwords;
    private final LoginThrottle throttle;
    private final ApiTokens tokens;
    private final Clock clock;

    StudentAccounts(UserAccountRepository users, TemporaryPasswords passwords, LoginThrottle throttle,
            ApiTokens tokens, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StudentSummary> students() {
        List<UserAccount> students = users.findByRoleOrderByDisplayNameAsc(Role.STUDENT);
        Set<String> locked = throttle.lockedAmong(students.stream().map(UserAccount::getUsername).toList());
        return students.stream()
                .map(s -> new StudentSummary(s.getId(), s.getUsername(), s.getDisplayName(), s.getEmail(),
                        locked.contains(s.getUsername())))
                .toList();
    }

    public long count() {
        return users.countByRole(Role.STUDENT);
    }

    public Creation create(String username, String displayName, String email) {
        List<Violation> violations = AccountFields.detailViolations(username, displayName, email, users::existsByUsername);
        if (!violations.isEmpty()) {
            return new Creation(Optional.empty(), violations);
        }
        TemporaryPasswords.Issued password = passwords.issue();
        var student = UserAccount.studentWithTemporaryPassword(username, displayName, email, password.hash(), clock.instant());
        try {
            users.saveAndFlush(student);
        } catch (DataIntegrityViolationException e) {
            if (users.existsByUsername(student.getUsername())) {
                return new Creation(Optional.empty(), List.of(Violation.of("username", "account.username.taken")));
            }
            throw e;
        }
        return new Creation(Optional.of(new IssuedCredentials(student.getUsername(), student.getDisplayName(),
                password.plainText())), List.of());
    }

    /**
     * A new temporary password for a student, and their API tokens revoked (a reset is also how an instructor takes
     * an account back from whoever had it); empty if the id names no student.
     */
    @Transactional
    public Optional<IssuedCredentials> resetPassword(long studentId) {
        return student(studentId).map(student -> {
            TemporaryPasswords.Issued password = passwords.issue();
            student.issueTemporaryPassword(password.hash());
            tokens.revokeAll(student.getId(), clock.instant());
            return new IssuedCredentials(student.getUsername(), student.getDisplayName(), password.plainText());
        });
    }

    /** Forgets the student's failed logins from every address; empty if the id names no student. */
    @Transactional
    public Optional<String> liftLoginLock(long studentId) {
        return student(studentId).map(student -> {
            throttle.liftLocks(student.getUsername());
            return student.getDisplayName();
        });
    }

    private Optional<UserAccount> student(long id) {
        return users.findById(id).filter(UserAccount::isStudent);
    }
}
