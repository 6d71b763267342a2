package app.steppe.questionbank.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import app.steppe.questionbank.web.QuestionForm.AcceptedRow;
import app.steppe.questionbank.web.QuestionForm.BlankRow;

/**
 * The editor's row buttons, which work without JavaScript: a submit button {@code name="action"} with a value such
 * as {@code addOption}, {@code removeOption:2}, {@code moveItem:1:up} or {@code removeBlankAnswer:0:1} gives back
 * the form with that row added, removed or moved, and everything else as typed. Nothing is saved.
 */
final class QuestionFormRows {

    private QuestionFormRows() {
    }

    /** The form after the action, or empty when {@code action} is not a row action (e.g. "save"). */
    static Optional<QuestionForm> apply(QuestionForm form, String action) {
        if (action == null || action.isBlank()) {
            return Optional.empty();
        }
        String[] parts = action.split(":");
        try {
            return Optional.ofNullable(apply(form, parts[0], parts));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            // a stale or forged index: show the form unchanged rather than fail
            return Optional.of(form);
        }
    }

    private static QuestionForm apply(QuestionForm form, String name, String[] parts) {
        switch (name) {
            case "addCitation":
                return form.withCitations(plus(form.citations(), QuestionForm.CitationRow.empty()));
            case "removeCitation":
                return form.withCitations(minus(form.citations(), index(parts, 1)));
            case "addOption":
                return form.withOptions(plus(form.options(), QuestionForm.OptionRow.empty()));
            case "removeOption":
                return form.withOptions(minus(form.options(), index(parts, 1)));
            case "addAlso":
                return form.withAlso(plus(form.also(), QuestionForm.NumberRow.empty()));
            case "removeAlso":
                return form.withAlso(minus(form.also(), index(parts, 1)));
            case "addAnswer":
                return form.withAnswers(plus(form.answers(), AcceptedRow.empty()));
            case "removeAnswer":
                return form.withAnswers(minus(form.answers(), index(parts, 1)));
            case "addPair":
                return form.withPairs(plus(form.pairs(), QuestionForm.PairRow.empty()));
            case "removePair":
                return form.withPairs(minus(form.pairs(), index(parts, 1)));
            case "addDistractor":
                return form.withDistractors(plus(form.distractors(), ""));
            case "removeDistractor":
                return form.withDistractors(minus(form.distractors(), index(parts, 1)));
            case "addItem":
                return form.withItems(plus(form.items(), ""));
            case "removeItem":
                return form.withItems(minus(form.items(), index(parts, 1)));
            case "moveItem":
                return form.withItems(moved(form.items(), index(parts, 1), "up".equals(parts[2]) ? -1 : 1));
            case "addBlank":
                return form.withBlanks(plus(form.blanks(), BlankRow.empty()));
            case "removeBlank":
                return form.withBlanks(minus(form.blanks(), index(parts, 1)));
            case "switchBlank":
                return changeBlank(form, index(parts, 1),
                        blank -> blank.withKind(blank.typed() ? QuestionForm.CHOICE : QuestionForm.TYPED));
            case "addBlankAnswer":
                return changeBlank(form, index(parts, 1), blank -> blank.withAnswers(plus(blank.answers(),
                        AcceptedRow.empty())));
            case "removeBlankAnswer":
                int answer = index(parts, 2);
                return changeBlank(form, index(parts, 1), blank -> blank.withAnswers(minus(blank.answers(), answer)));
            default:
                return null;
        }
    }

    private static QuestionForm changeBlank(QuestionForm form, int index, UnaryOperator<BlankRow> change) {
        List<BlankRow> blanks = new ArrayList<>(form.blanks());
        blanks.set(index, change.apply(blanks.get(index)));
        return form.withBlanks(blanks);
    }

    private static int index(String[] parts, int at) {
        return Integer.parseInt(parts[at]);
    }

    private static <T> List<T> plus(List<T> rows, T row) {
        List<T> copy = new ArrayList<>(rows);
        copy.add(row);
        return copy;
    }

    private static <T> List<T> minus(List<T> rows, int index) {
        List<T> copy = new ArrayList<>(rows);
        copy.remove(index);
        return copy;
    }

    private static <T> List<T> moved(List<T> rows, int index, int by) {
        List<T> copy = new ArrayList<>(rows);
        int to = index + by;
        if (to >= 0 && to < copy.size()) {
            copy.add(to, copy.remove(index));
        }
        return copy;
    }
}
