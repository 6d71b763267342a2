package app.steppe.account.domain;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A logged-in person changes their own password: they must know the current one, and the new one must be good. */
@Service
public class OwnPassword {

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;

    OwnPassword(UserAccountRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    /** Changes the password, or changes nothing and says why: the list is empty when it was changed. */
    @Transactional
    public List<Violation> change(long accountId, String currentPassword, String newPassword, String confirmation) {
        UserAccount account = users.findById(accountId)
                .orElseThrow(() -> new IllegalStateException("logged-in account " + accountId + " is gone"));
        List<Violation> violations = new ArrayList<>();
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            violations.add(Violation.of("currentPassword", "account.password.wrongCurrent"));
        }
        violations.addAll(PasswordPolicy.violations("newPassword",
                PasswordPolicy.judge(newPassword, account.getUsername(), account.getDisplayName(), account.getEmail())));
        if (newPassword != null && !newPassword.equals(confirmation)) {
            violations.add(Violation.of("newPasswordConfirmation", "account.password.mismatch"));
        }
        if (violations.isEmpty()) {
            account.changeOwnPassword(encoder.encode(newPassword));
        }
        return violations;
    }
}
