package app.steppe.questionbank.domain.aiken;

/** A line Moodle's Aiken import reports; {@code question} is the text of the question it concerns, or null. */
public record AikenProblem(int line, String code, String question) {

    public static final String NOT_UTF8 = "notUtf8";
    public static final String TOO_LARGE = "tooLarge";
    public static final String TOO_FEW_ANSWERS = "tooFewAnswers";
    public static final String NOT_STARTED = "notStarted";
    public static final String NOT_COMPLETED = "notCompleted";
}
