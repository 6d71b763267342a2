package app.steppe.account.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates student accounts from a roster file, all or nothing: a file with any bad row imports no one, and the
 * report names every bad row, so the instructor fixes the file and uploads it again.
 */
@Service
public class RosterImport {

    /** Either the new students' credentials (in file order) or the problems; never both. */
    public record Outcome(List<IssuedCredentials> imported, List<RosterProblem> problems) {

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    private final UserAccountRepository users;
    private final TemporaryPasswords passwords;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RosterImport(UserAccountRepository users, TemporaryPasswords passwords, TransactionTemplate transaction, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Outcome importRoster(byte[] content) {
        RosterCsv.Result parsed = RosterCsv.parse(content);
        List<RosterProblem> problems = new ArrayList<>(parsed.problems());
        Set<String> taken = users.findByUsernameIn(parsed.entries().stream().map(RosterCsv.Entry::username).toList())
                .stream().map(UserAccount::getUsername).collect(Collectors.toSet());
        parsed.entries().stream()
                .filter(entry -> taken.contains(entry.username()))
                .forEach(entry -> problems.add(RosterProblem.of(entry.row(), "roster.username.taken", entry.username())));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(RosterProblem::row));
            return new Outcome(List.of(), problems);
        }
        try {
            return new Outcome(transaction.execute(status -> createAll(parsed.entries())), List.of());
        } catch (DataIntegrityViolationException takenMeanwhile) {
            // Someone registered one of these usernames while the file was being checked; nothing was saved.
            return new Outcome(List.of(), List.of(RosterProblem.of(RosterProblem.WHOLE_FILE, "roster.changedMeanwhile")));
        }
    }

    private List<IssuedCredentials> createAll(List<RosterCsv.Entry> entries) {
        Instant now = clock.instant();
        List<IssuedCredentials> credentials = new ArrayList<>(entries.size());
        List<UserAccount> students = new ArrayList<>(entries.size());
        for (RosterCsv.Entry entry : entries) {
            TemporaryPasswords.Issued password = passwords.issue();
            students.add(UserAccount.studentWithTemporaryPassword(entry.username(), entry.displayName(), entry.email(),
                    password.hash(), now));
            credentials.add(new IssuedCredentials(entry.username(), entry.displayName(), password.plainText()));
        }
        users.saveAllAndFlush(students);
        return credentials;
    }
}
