package app.steppe.account.domain;

import java.util.List;

/** Why a roster row (numbered as in the file, the header included) cannot be imported; row 0 is the whole file. */
public record RosterProblem(int row, String messageKey, List<Object> args) {

    public static final int WHOLE_FILE = 0;

    public RosterProblem {
        args = List.copyOf(args);
    }

    static RosterProblem of(int row, String messageKey, Object... args) {
        return new RosterProblem(row, messageKey, List.of(args));
    }

    public boolean wholeFile() {
        return row == WHOLE_FILE;
    }
}
