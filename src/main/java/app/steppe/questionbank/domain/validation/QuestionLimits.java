package app.steppe.questionbank.domain.validation;

import java.math.BigDecimal;

/** The limits of the question format (briefs/yaml-format.md), in characters (code points) unless said otherwise. */
public final class QuestionLimits {

    public static final int MAX_QUESTIONS_PER_SET = 500;
    public static final int MAX_SLUG_LENGTH = 100;
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_TAG_LENGTH = 50;
    public static final int MAX_PROMPT_LENGTH = 5_000;
    public static final int MAX_EXPLANATION_LENGTH = 10_000;
    public static final int MAX_OPTION_LENGTH = 500;
    public static final int MAX_FEEDBACK_LENGTH = 5_000;
    public static final int MAX_UNIT_LENGTH = 50;
    public static final int MIN_QUOTE_LENGTH = 10;
    public static final int MAX_QUOTE_LENGTH = 1_000;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 8;
    public static final int MIN_PAIRS = 2;
    public static final int MAX_PAIRS = 10;
    public static final int MIN_ORDERING_ITEMS = 3;
    public static final int MAX_ORDERING_ITEMS = 10;
    public static final int MIN_BLANK_CHOICES = 2;
    public static final int MAX_BLANK_CHOICES = 8;
    public static final int MIN_ESSAY_WORDS = 1;
    public static final int MAX_ESSAY_WORDS = 5_000;
    public static final BigDecimal MAX_POINTS = BigDecimal.valueOf(100);
    /** Bytes, checked before decoding. */
    public static final int MAX_FILE_BYTES = 1_000_000;

    private QuestionLimits() {
    }
}
