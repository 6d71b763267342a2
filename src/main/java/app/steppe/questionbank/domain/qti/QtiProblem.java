package app.steppe.questionbank.domain.qti;

import java.util.List;

/**
 * Why a QTI package (or one file of it) cannot be read: a message key of the interop bundle ({@code qti.problem.*})
 * and its arguments. It never carries a parser's own message, which could echo the file back to the user.
 */
public class QtiProblem extends Exception {

    private final String code;
    private final transient List<Object> args;

    public QtiProblem(String code, Object... args) {
        super(code, null, false, false);
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
