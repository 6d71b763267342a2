package app.steppe.questionbank.domain.gift;

import java.util.Objects;

/** One pair of a matching question; an empty {@code text} makes {@code answer} an extra wrong answer. */
public record GiftSubquestion(GiftText text, String answer) {

    public GiftSubquestion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(answer, "answer");
    }
}
