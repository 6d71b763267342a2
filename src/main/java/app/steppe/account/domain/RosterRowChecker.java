package app.steppe.account.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks roster rows one by one with the account rules, and remembers usernames to find duplicates in the file. */
final class RosterRowChecker {

    private final List<RosterCsv.Entry> entries = new ArrayList<>();
    private final List<RosterProblem> problems = new ArrayList<>();
    private final Map<String, Integer> firstRowOfUsername = new HashMap<>();
    private int rows;
    private int lastRow;

    int rows() {
        return rows;
    }

    List<RosterCsv.Entry> entries() {
        return List.copyOf(entries);
    }

    /** All problems, in row order. */
    List<RosterProblem> problems() {
        return problems.stream().sorted(Comparator.comparingInt(RosterProblem::row)).toList();
    }

    /** The file cannot be read past the last good row (commons-csv does not say where exactly). */
    void malformed() {
        problems.add(RosterProblem.of(lastRow + 1, "roster.malformed"));
    }

    void check(int row, List<String> cells) {
        rows++;
        lastRow = row;
        if (cells.size() < 2 || cells.size() > 3) {
            problems.add(RosterProblem.of(row, "roster.columnCount", cells.size()));
            return;
        }
        String username = cells.get(0);
        String displayName = cells.get(1);
        String email = cells.size() == 3 ? cells.get(2) : "";
        int before = problems.size();
        AccountFields.usernameProblem(username).ifPresentOrElse(
                key -> problems.add(RosterProblem.of(row, rosterKey("username", key), username)),
                () -> {
                    Integer earlier = firstRowOfUsername.putIfAbsent(UserAccount.normaliseUsername(username), row);
                    if (earlier != null) {
                        problems.add(RosterProblem.of(row, "roster.username.duplicateInFile", username, earlier));
                    }
                });
        AccountFields.displayNameProblem(displayName)
                .ifPresent(key -> problems.add(RosterProblem.of(row, rosterKey("displayName", key), displayName)));
        AccountFields.emailProblem(email)
                .ifPresent(key -> problems.add(RosterProblem.of(row, rosterKey("email", key), email)));
        if (problems.size() == before) {
            entries.add(new RosterCsv.Entry(row, UserAccount.normaliseUsername(username),
                    AccountFields.normaliseDisplayName(displayName), email.isBlank() ? null : email.strip()));
        }
    }

    /** The account rules answer "required" or "invalid"; a roster report says which column. */
    private static String rosterKey(String column, String accountKey) {
        return "roster." + column + (AccountFields.REQUIRED.equals(accountKey) ? ".missing" : ".invalid");
    }
}
