package app.steppe.questionbank.domain.interop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import app.steppe.questionbank.domain.AcceptedNumber;
import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.Citation;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.QuestionSetContent;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.Tolerance;
import app.steppe.questionbank.domain.TrueFalse;
import app.steppe.questionbank.domain.gift.GiftAnswer;
import app.steppe.questionbank.domain.gift.GiftComments;
import app.steppe.questionbank.domain.gift.GiftQuestion;
import app.steppe.questionbank.domain.gift.GiftSubquestion;
import app.steppe.questionbank.domain.gift.GiftText;
import app.steppe.questionbank.domain.gift.GiftType;
import app.steppe.questionbank.domain.gift.GiftWriter;

/**
 * A Steppe set as GIFT. Texts are Markdown, so they are written {@code [markdown]}; the explanation becomes the
 * general feedback; citations and what GIFT cannot say become comment notes ({@link SteppeNotes}) that Moodle ignores
 * and Steppe's import reads back. An ordering is written as matching items to positions 1…n. A fill-in-the-blanks
 * passage with one gap becomes a missing-word question; one with several gaps has no GIFT form and is written as a
 * comment saying so.
 */
public final class SteppeToGift {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final GiftWriter writer = new GiftWriter();

    public String write(QuestionSetContent set) {
        StringBuilder out = new StringBuilder();
        out.append("// Steppe question set, exported as GIFT\n")
                .append(GiftComments.note(SteppeNotes.SET, set.slug())).append('\n')
                .append(GiftComments.note(SteppeNotes.TITLE, set.title())).append('\n')
                .append(GiftComments.note(SteppeNotes.READING, set.readingSlug())).append("\n\n");
        if (set.description() != null && !set.description().isBlank()) {
            out.append(writer.write(new GiftQuestion(0, GiftType.DESCRIPTION, set.title(),
                    new GiftText(set.description(), GiftText.MARKDOWN), GiftText.empty(GiftText.MARKDOWN), "", List.of(),
                    "", null, null, null, null, null, null, null), null, List.of()));
        }
        for (QuestionContent question : set.questions()) {
            out.append(write(question, set.readingSlug()));
        }
        return out.toString();
    }

    String write(QuestionContent q, String setReading) {
        List<String> notes = new ArrayList<>();
        for (Citation citation : q.citations()) {
            String quote = citation.quote().replaceAll("\\s*\\R\\s*", " ");
            notes.add(GiftComments.note(SteppeNotes.CITE, citation.readingSlug().equals(setReading) ? quote
                    : citation.readingSlug() + ":" + quote));
        }
        if (q.points().compareTo(BigDecimal.ONE) != 0) {
            notes.add(GiftComments.note(SteppeNotes.POINTS, q.points().toPlainString()));
        }
        GiftQuestion gift = question(q, notes);
        if (gift == null) {
            return "// [id:" + q.slug() + "] a " + q.type().yamlName() + " question with several blanks has no GIFT form;"
                    + " it was not exported\n\n";
        }
        return writer.write(gift, null, notes);
    }

    private GiftQuestion question(QuestionContent q, List<String> notes) {
        AnswerSpec spec = q.answer();
        String prompt = q.prompt();
        GiftType type;
        Boolean single = null;
        List<GiftAnswer> answers = new ArrayList<>();
        List<GiftSubquestion> pairs = new ArrayList<>();
        Boolean correct = null;
        GiftText feedbackTrue = null;
        GiftText feedbackFalse = null;
        if (spec instanceof SingleChoice choice) {
            type = GiftType.MULTICHOICE;
            single = true;
            choice.options().forEach(o -> answers.add(option(o, o.correct() ? BigDecimal.ONE : BigDecimal.ZERO)));
            if (!choice.shuffle()) {
                notes.add(GiftComments.note(SteppeNotes.SHUFFLE, "false"));
            }
        } else if (spec instanceof MultipleResponse multiple) {
            type = GiftType.MULTICHOICE;
            single = false;
            long k = multiple.options().stream().filter(ChoiceOption::correct).count();
            BigDecimal share = HUNDRED.divide(BigDecimal.valueOf(Math.max(k, 1)), 5, RoundingMode.HALF_UP)
                    .divide(HUNDRED).stripTrailingZeros();
            multiple.options().forEach(o -> answers.add(option(o, o.correct() ? share : share.negate())));
            if (multiple.scoring() != MultipleResponse.Scoring.RIGHT_MINUS_WRONG) {
                notes.add(GiftComments.note(SteppeNotes.SCORING, multiple.scoring().yamlName()));
            }
        } else if (spec instanceof TrueFalse trueFalse) {
            type = GiftType.TRUEFALSE;
            correct = trueFalse.answer();
            feedbackTrue = markdown(trueFalse.feedbackTrue());
            feedbackFalse = markdown(trueFalse.feedbackFalse());
        } else if (spec instanceof Numeric numeric) {
            type = GiftType.NUMERICAL;
            answers.add(number(numeric.answer()));
            numeric.alsoAccepted().forEach(a -> answers.add(number(a)));
            if (numeric.unit() != null) {
                notes.add(GiftComments.note(SteppeNotes.UNIT, numeric.unit()));
            }
        } else if (spec instanceof ShortText shortText) {
            type = GiftType.SHORTANSWER;
            shortText.answers().forEach(a -> answers.add(typed(a)));
            if (shortText.caseSensitive()) {
                notes.add(GiftComments.note(SteppeNotes.CASE_SENSITIVE, "true"));
            }
        } else if (spec instanceof Matching matching) {
            type = GiftType.MATCH;
            matching.pairs().forEach(p -> pairs.add(new GiftSubquestion(markdown(p.left()), p.right())));
            matching.distractors().forEach(d -> pairs.add(new GiftSubquestion(markdown(""), d)));
        } else if (spec instanceof Ordering ordering) {
            type = GiftType.MATCH;
            notes.add(GiftComments.note(SteppeNotes.TYPE, "ordering"));
            for (int i = 0; i < ordering.items().size(); i++) {
                pairs.add(new GiftSubquestion(markdown(ordering.items().get(i)), String.valueOf(i + 1)));
            }
        } else if (spec instanceof FillBlanks fill) {
            if (fill.blanks().size() != 1) {
                return null;
            }
            prompt = prompt + "\n\n" + fill.text().replaceAll("\\[\\[\\d+]]", "_____");
            if (fill.blanks().get(0) instanceof Blank.Choice choice) {
                type = GiftType.MULTICHOICE;
                single = true;
                choice.choices().forEach(c -> answers.add(GiftAnswer.choice(markdown(c),
                        c.equals(choice.answer()) ? BigDecimal.ONE : BigDecimal.ZERO, markdown(""))));
            } else {
                type = GiftType.SHORTANSWER;
                ((Blank.Typed) fill.blanks().get(0)).answers().forEach(a -> answers.add(typed(a)));
            }
        } else {
            Essay essay = (Essay) spec;
            type = GiftType.ESSAY;
            notes.add(GiftComments.note(SteppeNotes.RUBRIC, essay.rubric()));
            notes.add(GiftComments.note(SteppeNotes.MAX_WORDS, String.valueOf(essay.maxWords())));
        }
        return new GiftQuestion(0, type, q.slug(), markdown(prompt), markdown(q.explanation()), q.slug(), q.tags(), "",
                single, answers, pairs, correct, feedbackTrue, feedbackFalse, null);
    }

    private static GiftAnswer option(ChoiceOption option, BigDecimal fraction) {
        return GiftAnswer.choice(markdown(option.text()), fraction, markdown(option.feedback()));
    }

    private static GiftAnswer typed(AcceptedText answer) {
        return GiftAnswer.choice(new GiftText(answer.text(), GiftText.MARKDOWN), answer.credit(), markdown(""));
    }

    /** A percentage tolerance becomes the absolute one it means for that value (GIFT only has absolute ones). */
    private static GiftAnswer number(AcceptedNumber number) {
        BigDecimal tolerance = number.tolerance() instanceof Tolerance.Percent percent
                ? number.value().abs().multiply(percent.percent()).divide(HUNDRED)
                : ((Tolerance.Absolute) number.tolerance()).amount();
        return new GiftAnswer(new GiftText(number.value().toPlainString(), GiftText.MARKDOWN), number.credit(),
                markdown(""), tolerance.stripTrailingZeros(), null, null);
    }

    private static GiftText markdown(String text) {
        return new GiftText(text == null ? "" : text, GiftText.MARKDOWN);
    }
}
