package app.steppe.attempt.web.api;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import app.steppe.grading.scoring.AnswerForm;

/**
 * A save: the answer's {@code fields} (keyed "" for the question's one field, or the index of a part: "0", "1"…;
 * each a list of values, e.g. the chosen options' texts) and a {@code sequence} greater than the one stored, so a
 * late, replayed save cannot overwrite a newer answer.
 */
record SaveRequest(@NotNull(message = "The answer's fields are missing.") Map<String, List<String>> fields,
        @NotNull(message = "The sequence is missing.") @Positive(message = "Use a positive sequence.") Long sequence) {

    AnswerForm answerForm() {
        if (fields.values().stream().anyMatch(values -> values == null)) {
            throw new IllegalArgumentException("a field without a list of values");
        }
        return new AnswerForm(fields);
    }
}
