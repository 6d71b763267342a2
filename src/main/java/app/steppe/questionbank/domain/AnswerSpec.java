package app.steppe.questionbank.domain;

import org.springframework.modulith.NamedInterface;

/**
 * What counts as a right answer, one record per {@link QuestionType}. The records only refuse what no caller could
 * ever mean (nulls, mutable lists); the limits an author can break are reported, all at once, by
 * {@code QuestionSetValidator}, because a file with ten mistakes should be fixed in one pass, not ten.
 */
@NamedInterface("model")
public sealed interface AnswerSpec
        permits SingleChoice, MultipleResponse, TrueFalse, Numeric, ShortText, Matching, Ordering, FillBlanks, Essay {

    QuestionType type();
}
