package app.steppe.questionbank.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.springframework.modulith.NamedInterface;

import app.steppe.questionbank.domain.QuestionType;

/**
 * A question as a student sees it, for {@code templates/questionbank/student-question.html :: question(q, namePrefix)}.
 * It carries NO part of the answer key: no correct flags, no accepted answers, no feedback, no right order. Choice
 * options, ordering items, matching right-hand items and drop-down choices come already in the order to show.
 * Build it with {@link StudentQuestionViews}.
 *
 * @param promptHtml  the prompt as safe HTML (rendered Markdown)
 * @param choices     single choice and multiple response: the options in the order shown (empty for other types;
 *                    true/false shows its two fixed choices)
 * @param unit        numeric: the unit shown after the input, or null
 * @param leftItems   matching: the items to pair, in the authored order
 * @param rightItems  matching: what they may be paired with (distractors included), shuffled
 * @param items       ordering: the items, shuffled
 * @param passage     fill blanks: the passage as text and gaps
 * @param maxWords    essay: the word limit, else null
 */
@NamedInterface("student-question")
public record StudentQuestionView(
        QuestionType type,
        String promptHtml,
        BigDecimal points,
        List<Choice> choices,
        String unit,
        List<String> leftItems,
        List<String> rightItems,
        List<String> items,
        List<Segment> passage,
        Integer maxWords) {

    public StudentQuestionView {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(promptHtml, "promptHtml");
        choices = List.copyOf(choices);
        leftItems = List.copyOf(leftItems);
        rightItems = List.copyOf(rightItems);
        items = List.copyOf(items);
        passage = List.copyOf(passage);
    }

    /** An option: what is submitted when it is chosen (its text, never its authored position) and its label. */
    @NamedInterface("student-question")
    public record Choice(String value, String label) {
    }

    /**
     * A piece of a fill-blanks passage: text ({@code blank} null), or gap number {@code blank} (from 1), typed
     * ({@code choices} null) or chosen from {@code choices} (shuffled).
     */
    @NamedInterface("student-question")
    public record Segment(String text, Integer blank, List<String> choices) {

        public Segment {
            choices = choices == null ? null : List.copyOf(choices);
        }

        public boolean isGap() {
            return blank != null;
        }

        public boolean isDropDown() {
            return choices != null;
        }
    }
}
