package app.steppe.questionbank.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import app.steppe.questionbank.domain.AcceptedNumber;
import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.MatchPair;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.QuestionType;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.TrueFalse;
import app.steppe.questionbank.domain.validation.Violation;
import app.steppe.questionbank.web.QuestionForm.AcceptedRow;
import app.steppe.questionbank.web.QuestionForm.BlankRow;
import app.steppe.questionbank.web.QuestionForm.OptionRow;

/**
 * Reads the answer part of the editor's form, for {@link QuestionFormMapper}: the fields of the question's type
 * become its {@link AnswerSpec}. Texts are trimmed, rows keep their positions, and what cannot be read is added to
 * the problems (under the path of the question format) with a neutral value standing in.
 */
final class QuestionFormAnswerReader {

    static final String TRUE_FALSE_MISSING = "questionEditor.trueFalse.missing";

    private QuestionFormAnswerReader() {
    }

    static AnswerSpec answer(QuestionType type, QuestionForm form, QuestionFormNumbers numbers,
            List<Violation> problems) {
        switch (type) {
            case SINGLE_CHOICE:
                return new SingleChoice(options(form.options()), !form.fixedOrder());
            case MULTIPLE_RESPONSE:
                return new MultipleResponse(options(form.options()), MultipleResponse.Scoring
                        .fromYamlName(form.scoring()).orElse(MultipleResponse.Scoring.RIGHT_MINUS_WRONG));
            case TRUE_FALSE:
                if (!"true".equals(form.trueFalse()) && !"false".equals(form.trueFalse())) {
                    problems.add(new Violation("answer", TRUE_FALSE_MISSING));
                }
                return new TrueFalse(Boolean.parseBoolean(form.trueFalse()), optional(form.feedbackTrue()),
                        optional(form.feedbackFalse()));
            case NUMERIC:
                return numeric(form, numbers);
            case SHORT_TEXT:
                return new ShortText(accepted(form.answers(), "answers", numbers), form.caseSensitive());
            case MATCHING:
                return new Matching(
                        form.pairs().stream().map(p -> new MatchPair(p.left().strip(), p.right().strip())).toList(),
                        form.distractors().stream().map(String::strip).toList());
            case ORDERING:
                return new Ordering(form.items().stream().map(String::strip).toList());
            case FILL_BLANKS:
                return fillBlanks(form, numbers);
            case ESSAY:
                return new Essay(multiline(form.rubric()),
                        numbers.wholeNumber(form.maxWords(), "max_words", QuestionFormMapper.DEFAULT_MAX_WORDS));
            default:
                throw new IllegalArgumentException("no mapping for " + type);
        }
    }

    /**
     * The options as written. Untouched rows at the end (the form offers spare ones) are left out, as Moodle does;
     * only trailing ones, so that every other row keeps its index and its errors stay next to it.
     */
    private static List<ChoiceOption> options(List<OptionRow> rows) {
        int used = rows.size();
        while (used > 0 && isUntouched(rows.get(used - 1))) {
            used--;
        }
        return rows.subList(0, used).stream()
                .map(row -> new ChoiceOption(row.text().strip(), row.correct(), optional(row.feedback())))
                .toList();
    }

    private static boolean isUntouched(OptionRow row) {
        return row.text().isBlank() && !row.correct() && (row.feedback() == null || row.feedback().isBlank());
    }

    private static Numeric numeric(QuestionForm form, QuestionFormNumbers numbers) {
        AcceptedNumber main = new AcceptedNumber(numbers.required(form.numeric().value(), "answer.value", BigDecimal.ZERO),
                numbers.tolerance(form.numeric().tolerance(), "answer.tolerance"), BigDecimal.ONE);
        List<AcceptedNumber> also = new ArrayList<>();
        for (int i = 0; i < form.also().size(); i++) {
            QuestionForm.NumberRow row = form.also().get(i);
            String path = "also[" + i + "]";
            also.add(new AcceptedNumber(numbers.required(row.value(), path + ".value", BigDecimal.ZERO),
                    numbers.tolerance(row.tolerance(), path + ".tolerance"),
                    numbers.required(row.credit(), path + ".credit", BigDecimal.ONE)));
        }
        return new Numeric(main, also, optional(form.unit().strip()));
    }

    private static List<AcceptedText> accepted(List<AcceptedRow> rows, String path, QuestionFormNumbers numbers) {
        List<AcceptedText> accepted = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            AcceptedRow row = rows.get(i);
            accepted.add(new AcceptedText(row.text().strip(),
                    numbers.optional(row.credit(), path + "[" + i + "].credit", BigDecimal.ONE)));
        }
        return accepted;
    }

    private static FillBlanks fillBlanks(QuestionForm form, QuestionFormNumbers numbers) {
        List<Blank> blanks = new ArrayList<>();
        for (int i = 0; i < form.blanks().size(); i++) {
            BlankRow row = form.blanks().get(i);
            if (row.typed()) {
                blanks.add(new Blank.Typed(accepted(row.answers(), "blanks[" + i + "].answers", numbers)));
            } else {
                blanks.add(new Blank.Choice(lines(row.choices()), row.answer().strip()));
            }
        }
        return new FillBlanks(multiline(form.passage()), blanks);
    }

    private static List<String> lines(String typed) {
        return QuestionFormMapper.multiline(typed).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String optional(String typed) {
        return QuestionFormMapper.optional(typed);
    }

    private static String multiline(String typed) {
        return QuestionFormMapper.multiline(typed);
    }
}
