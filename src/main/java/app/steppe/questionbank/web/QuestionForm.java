package app.steppe.questionbank.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the question editor posts, for every type: the common fields and each type's own lists. Only the lists of the
 * chosen {@code type} are used. Numbers are kept as typed (strings) so that "2,5x" comes back as a field error next
 * to its field instead of a failed binding. Field names follow the keys of the question format where they can, so a
 * violation's path ({@code options[1].text}) names the field it belongs to.
 * <p>
 * The compact constructors replace what the browser did not send (nulls, gaps in indexed lists) by empty values,
 * so the mapper and the templates never meet a null.
 *
 * @param type              the question type as the question files spell it ({@code single_choice})
 * @param fixedOrder        single choice: keep the options in the authored order (the format's {@code shuffle: false})
 * @param trueFalse         true/false: {@code "true"}, {@code "false"} or empty when not chosen yet
 * @param numeric           numeric: the main answer (its credit is unused: always full)
 * @param also              numeric: other accepted values with partial credit
 * @param answers           short text: the accepted answers
 * @param passage           fill blanks: the text with gaps {@code [[1]]}, {@code [[2]]}, …
 * @param expectedVersionNo editing: the version the author started from; null when adding
 */
public record QuestionForm(
        String type,
        String slug,
        String prompt,
        String points,
        String tags,
        String explanation,
        List<CitationRow> citations,
        List<OptionRow> options,
        boolean fixedOrder,
        String scoring,
        String trueFalse,
        String feedbackTrue,
        String feedbackFalse,
        NumberRow numeric,
        String unit,
        List<NumberRow> also,
        List<AcceptedRow> answers,
        boolean caseSensitive,
        List<PairRow> pairs,
        List<String> distractors,
        List<String> items,
        String passage,
        List<BlankRow> blanks,
        String rubric,
        String maxWords,
        Integer expectedVersionNo) {

    public static final String TYPED = "typed";
    public static final String CHOICE = "choice";

    public QuestionForm {
        type = text(type);
        slug = text(slug);
        prompt = text(prompt);
        points = text(points);
        tags = text(tags);
        explanation = text(explanation);
        citations = rows(citations, CitationRow::empty);
        options = rows(options, OptionRow::empty);
        scoring = text(scoring);
        trueFalse = text(trueFalse);
        feedbackTrue = text(feedbackTrue);
        feedbackFalse = text(feedbackFalse);
        numeric = numeric == null ? NumberRow.empty() : numeric;
        unit = text(unit);
        also = rows(also, NumberRow::empty);
        answers = rows(answers, AcceptedRow::empty);
        pairs = rows(pairs, PairRow::empty);
        distractors = rows(distractors, () -> "");
        items = rows(items, () -> "");
        passage = text(passage);
        blanks = rows(blanks, BlankRow::empty);
        rubric = text(rubric);
        maxWords = text(maxWords);
    }

    /** A quote and the reading it is from (empty: the set's reading). */
    public record CitationRow(String reading, String quote) {
        public CitationRow {
            reading = text(reading);
            quote = text(quote);
        }

        static CitationRow empty() {
            return new CitationRow("", "");
        }
    }

    public record OptionRow(String text, boolean correct, String feedback) {
        public OptionRow {
            text = QuestionForm.text(text);
            feedback = QuestionForm.text(feedback);
        }

        static OptionRow empty() {
            return new OptionRow("", false, "");
        }
    }

    /** A number with a tolerance ("0.5", or "2%") and, for the other accepted values, a credit. */
    public record NumberRow(String value, String tolerance, String credit) {
        public NumberRow {
            value = text(value);
            tolerance = text(tolerance);
            credit = text(credit);
        }

        static NumberRow empty() {
            return new NumberRow("", "", "");
        }
    }

    /** A typed answer; an empty credit means full credit. */
    public record AcceptedRow(String text, String credit) {
        public AcceptedRow {
            text = QuestionForm.text(text);
            credit = QuestionForm.text(credit);
        }

        static AcceptedRow empty() {
            return new AcceptedRow("", "");
        }
    }

    public record PairRow(String left, String right) {
        public PairRow {
            left = text(left);
            right = text(right);
        }

        static PairRow empty() {
            return new PairRow("", "");
        }
    }

    /**
     * One blank: {@code kind} {@value QuestionForm#TYPED} (then {@code answers}) or {@value QuestionForm#CHOICE}
     * (then {@code choices}, one per line, and the right {@code answer}).
     */
    public record BlankRow(String kind, List<AcceptedRow> answers, String choices, String answer) {
        public BlankRow {
            kind = CHOICE.equals(kind) ? CHOICE : TYPED;
            answers = rows(answers, AcceptedRow::empty);
            choices = text(choices);
            answer = text(answer);
        }

        static BlankRow empty() {
            return new BlankRow(TYPED, List.of(AcceptedRow.empty()), "", "");
        }

        boolean typed() {
            return TYPED.equals(kind);
        }

        BlankRow withAnswers(List<AcceptedRow> newAnswers) {
            return new BlankRow(kind, newAnswers, choices, answer);
        }

        BlankRow withKind(String newKind) {
            return new BlankRow(newKind, answers.isEmpty() ? List.of(AcceptedRow.empty()) : answers, choices, answer);
        }
    }

    QuestionForm withCitations(List<CitationRow> rows) {
        return new QuestionForm(type, slug, prompt, points, tags, explanation, rows, options, fixedOrder, scoring,
                trueFalse, feedbackTrue, feedbackFalse, numeric, unit, also, answers, caseSensitive, pairs,
                distractors, items, passage, blanks, rubric, maxWords, expectedVersionNo);
    }

    QuestionForm withOptions(List<OptionRow> rows) {
        return new QuestionForm(type, slug, prompt, points, tags, explanation, citations, rows, fixedOrder, scoring,
                trueFalse, feedbackTrue, feedbackFalse, numeric, unit, also, answers, caseSensitive, pairs,
                distractors, items, passage, blanks, rubric, maxWords, expectedVersionNo);
    }

    QuestionForm withAlso(List<NumberRow> rows) {
        return new QuestionForm(type, slug, prompt, points, tags, explanation, citations, options, fixedOrder,
                scoring, trueFalse, feedbackTrue, feedbackFalse, numeric, unit, rows, answers, caseSensitive, pairs,
                distractors, items, passage, blanks, rubric, maxWords, expectedVersionNo);
    }

    QuestionForm withAnswers(List<AcceptedRow> rows) {
        return new QuestionForm(type, slug, prompt, points, tags, explanation, citations, options, fixedOrder,
                scoring, trueFalse, feedbackTrue, feedbackFalse, numeric, unit, also, rows, caseSensitive, pairs,
                distractors, items, passage, blanks, rubric, maxWords, expectedVersionNo);
    }

    QuestionForm withPairs(List<PairRow> rows) {
        return new QuestionForm(type, slug, prompt, points, tags, explanation, citations, options, fixedOrder,
                scoring, trueFalse, feedbackTrue, feedbackFalse, numeric, unit, also, answers, caseSensitive, rows,
                distractors, items, passage, blanks, rubric, maxWords, expectedVersionNo);
    }

    QuestionForm withDistractors(List<String> rows) {
        return new QuestionForm(type, slug, prompt, points, tags, explanation, citations, options, fixedOrder,
                scoring, trueFalse, feedbackTrue, feedbackFalse, numeric, unit, also, answers, caseSensitive, pairs,
                rows, items, passage, blanks, rubric, maxWords, expectedVersionNo);
    }

    QuestionForm withItems(List<String> rows) {
        return new QuestionForm(type, slug, prompt, points, tags, explanation, citations, options, fixedOrder,
                scoring, trueFalse, feedbackTrue, feedbackFalse, numeric, unit, also, answers, caseSensitive, pairs,
                distractors, rows, passage, blanks, rubric, maxWords, expectedVersionNo);
    }

    QuestionForm withBlanks(List<BlankRow> rows) {
        return new QuestionForm(type, slug, prompt, points, tags, explanation, citations, options, fixedOrder,
                scoring, trueFalse, feedbackTrue, feedbackFalse, numeric, unit, also, answers, caseSensitive, pairs,
                distractors, items, passage, rows, rubric, maxWords, expectedVersionNo);
    }

    QuestionForm withExpectedVersionNo(Integer versionNo) {
        return new QuestionForm(type, slug, prompt, points, tags, explanation, citations, options, fixedOrder,
                scoring, trueFalse, feedbackTrue, feedbackFalse, numeric, unit, also, answers, caseSensitive, pairs,
                distractors, items, passage, blanks, rubric, maxWords, versionNo);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** A copy without nulls: a row the browser skipped (a gap in the indexes) becomes an empty row. */
    private static <T> List<T> rows(List<T> rows, Supplier<T> empty) {
        if (rows == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(rows.size());
        for (T row : rows) {
            copy.add(row == null ? empty.get() : row);
        }
        return List.copyOf(copy);
    }
}
