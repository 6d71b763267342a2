package app.steppe.questionbank.domain.gift;

/**
 * Why a question block (or the whole file) could not be read: {@code code} names the rule (Moodle's error names
 * where it has one), {@code line} is the block's first line (0 for the whole file), {@code excerpt} its start.
 */
public record GiftProblem(int line, String code, String excerpt) {

    public static final String NOT_UTF8 = "notUtf8";
    public static final String TOO_LARGE = "tooLarge";
    public static final String BRACE_ERROR = "braceError";
    public static final String TOO_FEW_ANSWERS = "tooFewAnswers";
    public static final String MATCHING_FORMAT = "matchingFormat";
    public static final String NO_NUMERICAL_ANSWERS = "noNumericalAnswers";
    public static final String NOT_NUMBERS = "notNumbers";
}
