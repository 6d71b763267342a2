package app.steppe.questionbank.domain.gift;

import java.util.List;
import java.util.Objects;

/**
 * One question block of a GIFT file as Moodle reads it (Moodle's names and meaning, so that Moodle's own test cases
 * can be checked against it). Fields that do not apply to a type are null or empty. {@code name} is null when the
 * block had no {@code ::title::}; {@code comments} are the block's comment lines, which may carry metadata.
 */
public record GiftQuestion(
        int line,
        GiftType type,
        String name,
        GiftText questionText,
        GiftText generalFeedback,
        String idNumber,
        List<String> tags,
        String comments,
        Boolean single,
        List<GiftAnswer> answers,
        List<GiftSubquestion> subquestions,
        Boolean correctAnswer,
        GiftText feedbackTrue,
        GiftText feedbackFalse,
        String category) {

    public GiftQuestion {
        Objects.requireNonNull(type, "type");
        tags = tags == null ? List.of() : List.copyOf(tags);
        answers = answers == null ? List.of() : List.copyOf(answers);
        subquestions = subquestions == null ? List.of() : List.copyOf(subquestions);
        comments = comments == null ? "" : comments;
    }

    public static GiftQuestion category(int line, String path) {
        return new GiftQuestion(line, GiftType.CATEGORY, null, null, null, null, List.of(), "", null, List.of(),
                List.of(), null, null, null, path);
    }

    /** The parts every type has, read before the type is known. */
    record Builder(int line, String name, GiftText questionText, GiftText generalFeedback, String idNumber,
            List<String> tags, String comments) {

        GiftQuestion build(GiftType type) {
            return new GiftQuestion(line, type, name, questionText, generalFeedback, idNumber, tags, comments, null,
                    List.of(), List.of(), null, null, null, null);
        }

        GiftQuestion choices(GiftType type, Boolean single, List<GiftAnswer> answers) {
            return new GiftQuestion(line, type, name, questionText, generalFeedback, idNumber, tags, comments, single,
                    answers, List.of(), null, null, null, null);
        }

        GiftQuestion match(List<GiftSubquestion> subquestions) {
            return new GiftQuestion(line, GiftType.MATCH, name, questionText, generalFeedback, idNumber, tags, comments,
                    null, List.of(), subquestions, null, null, null, null);
        }

        GiftQuestion trueFalse(boolean correct, GiftText feedbackTrue, GiftText feedbackFalse) {
            return new GiftQuestion(line, GiftType.TRUEFALSE, name, questionText, generalFeedback, idNumber, tags,
                    comments, null, List.of(), List.of(), correct, feedbackTrue, feedbackFalse, null);
        }
    }
}
