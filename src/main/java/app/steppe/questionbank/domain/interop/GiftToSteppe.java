package app.steppe.questionbank.domain.interop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.steppe.questionbank.domain.AcceptedNumber;
import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.AnswerSpec;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.Citation;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.MatchPair;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.Tolerance;
import app.steppe.questionbank.domain.TrueFalse;
import app.steppe.questionbank.domain.gift.GiftAnswer;
import app.steppe.questionbank.domain.gift.GiftComments;
import app.steppe.questionbank.domain.gift.GiftQuestion;
import app.steppe.questionbank.domain.gift.GiftSubquestion;
import app.steppe.questionbank.domain.gift.GiftText;

/**
 * One GIFT question as a Steppe question. Where Steppe has no place for a GIFT feature, the meaning is kept in
 * the explanation and a warning says so (per-answer feedback of typed answers, a catch-all's feedback), or the
 * question is refused with the reason (several right answers in a single choice, no full-credit number). Steppe's
 * own notes in the comments ({@link SteppeNotes}) restore what GIFT cannot say (citations, scoring, ordering, …).
 */
final class GiftToSteppe {

    /** The question, or why not; {@code notes} are warnings when it was made, reasons when it was not. */
    record Mapped(QuestionContent content, List<ImportNote> notes) {
    }

    private static final BigDecimal WEIGHT_SLACK = new BigDecimal("0.005");

    private final MarkdownText markdown = new MarkdownText();
    private final List<ImportNote> notes = new ArrayList<>();
    private final List<String> explanation = new ArrayList<>();

    Mapped map(GiftQuestion q, String slug, List<String> categoryTags, String readingSlug) {
        String prompt = markdown.convert(q.questionText());
        String general = markdown.convert(q.generalFeedback());
        if (!general.isEmpty()) {
            explanation.add(general);
        }
        AnswerSpec answer = answer(q);
        if (answer == null) {
            return new Mapped(null, notes);
        }
        List<String> tags = new ArrayList<>(categoryTags);
        q.tags().stream().filter(t -> !tags.contains(t)).forEach(tags::add);
        List<Citation> citations = new ArrayList<>();
        for (String cite : GiftComments.notes(q.comments(), SteppeNotes.CITE)) {
            int colon = cite.indexOf(':');
            citations.add(colon > 0 ? new Citation(cite.substring(0, colon), cite.substring(colon + 1))
                    : new Citation(readingSlug, cite));
        }
        BigDecimal points = SteppeNotes.first(q, SteppeNotes.POINTS).map(GiftToSteppe::decimal)
                .orElse(QuestionContent.DEFAULT_POINTS);
        if (!markdown.droppedTags().isEmpty()) {
            notes.add(ImportNote.of("interop.warn.htmlDropped", String.join(", ", markdown.droppedTags())));
        }
        String explained = explanation.isEmpty() ? null : String.join("\n\n", explanation);
        return new Mapped(new QuestionContent(slug, prompt, points, tags, explained, citations, answer), notes);
    }

    private AnswerSpec answer(GiftQuestion q) {
        switch (q.type()) {
            case TRUEFALSE:
                return new TrueFalse(q.correctAnswer(), orNull(markdown.convert(q.feedbackTrue())),
                        orNull(markdown.convert(q.feedbackFalse())));
            case MULTICHOICE:
                return Boolean.TRUE.equals(q.single()) ? single(q) : multiple(q);
            case SHORTANSWER:
                return shortText(q);
            case NUMERICAL:
                return numeric(q);
            case MATCH:
                return matching(q);
            case ESSAY:
                return essay(q);
            default:
                notes.add(ImportNote.of("interop.reject.type", q.type().moodleName()));
                return null;
        }
    }

    private AnswerSpec single(GiftQuestion q) {
        long right = q.answers().stream().filter(a -> a.fraction().compareTo(BigDecimal.ONE) == 0).count();
        if (right != 1) {
            notes.add(ImportNote.of("interop.reject.severalRight", right));
            return null;
        }
        List<ChoiceOption> options = new ArrayList<>();
        for (GiftAnswer a : q.answers()) {
            boolean correct = a.fraction().compareTo(BigDecimal.ONE) == 0;
            if (!correct && a.fraction().signum() != 0) {
                notes.add(ImportNote.of("interop.warn.partialChoice", a.text().text(), percent(a.fraction())));
            }
            options.add(new ChoiceOption(markdown.convert(a.text()), correct, orNull(markdown.convert(a.feedback()))));
        }
        boolean shuffle = SteppeNotes.first(q, SteppeNotes.SHUFFLE).map(v -> !v.equals("false")).orElse(true);
        return new SingleChoice(options, shuffle);
    }

    private AnswerSpec multiple(GiftQuestion q) {
        List<ChoiceOption> options = new ArrayList<>();
        long k = q.answers().stream().filter(a -> a.fraction().signum() > 0).count();
        boolean steppeWeights = k > 0;
        for (GiftAnswer a : q.answers()) {
            boolean correct = a.fraction().signum() > 0;
            BigDecimal expected = BigDecimal.ONE.divide(BigDecimal.valueOf(Math.max(k, 1)), java.math.MathContext.DECIMAL64);
            BigDecimal want = correct ? expected : expected.negate();
            steppeWeights &= a.fraction().subtract(want).abs().compareTo(WEIGHT_SLACK) <= 0;
            options.add(new ChoiceOption(markdown.convert(a.text()), correct, orNull(markdown.convert(a.feedback()))));
        }
        MultipleResponse.Scoring scoring = SteppeNotes.first(q, SteppeNotes.SCORING)
                .flatMap(MultipleResponse.Scoring::fromYamlName).orElse(MultipleResponse.Scoring.RIGHT_MINUS_WRONG);
        if (!steppeWeights && scoring == MultipleResponse.Scoring.RIGHT_MINUS_WRONG && k > 0) {
            notes.add(ImportNote.of("interop.warn.weights"));
        }
        return new MultipleResponse(options, scoring);
    }

    private AnswerSpec shortText(GiftQuestion q) {
        List<AcceptedText> accepted = new ArrayList<>();
        for (GiftAnswer a : q.answers()) {
            String text = a.text().text();
            if (a.fraction().signum() > 0 && !a.isCatchAll()) {
                if (text.contains("*")) {
                    notes.add(ImportNote.of("interop.warn.wildcard", text));
                }
                accepted.add(new AcceptedText(text, a.fraction().min(BigDecimal.ONE)));
            } else if (a.fraction().signum() > 0) {
                notes.add(ImportNote.of("interop.warn.catchAllCredit", percent(a.fraction())));
            }
            keepAnswerFeedback(a);
        }
        boolean caseSensitive = SteppeNotes.first(q, SteppeNotes.CASE_SENSITIVE).map("true"::equals).orElse(false);
        return new ShortText(accepted, caseSensitive);
    }

    private AnswerSpec numeric(GiftQuestion q) {
        AcceptedNumber main = null;
        List<AcceptedNumber> also = new ArrayList<>();
        for (GiftAnswer a : q.answers()) {
            keepAnswerFeedback(a);
            if (a.isCatchAll() || a.fraction().signum() <= 0) {
                continue;
            }
            AcceptedNumber number = new AcceptedNumber(new BigDecimal(a.text().text().strip()),
                    new Tolerance.Absolute(a.tolerance() == null ? BigDecimal.ZERO : a.tolerance().abs()),
                    a.fraction().min(BigDecimal.ONE));
            if (main == null && number.credit().compareTo(BigDecimal.ONE) == 0) {
                main = number;
            } else {
                also.add(number);
            }
        }
        if (main == null) {
            notes.add(ImportNote.of("interop.reject.noFullCredit"));
            return null;
        }
        return new Numeric(main, also, SteppeNotes.first(q, SteppeNotes.UNIT).orElse(null));
    }

    private AnswerSpec matching(GiftQuestion q) {
        List<MatchPair> pairs = new ArrayList<>();
        List<String> distractors = new ArrayList<>();
        for (GiftSubquestion s : q.subquestions()) {
            if (s.text().isEmpty()) {
                distractors.add(s.answer());
            } else {
                pairs.add(new MatchPair(markdown.convert(s.text()), s.answer()));
            }
        }
        if (SteppeNotes.first(q, SteppeNotes.TYPE).filter("ordering"::equals).isPresent() && distractors.isEmpty()
                && pairs.stream().allMatch(p -> p.right().matches("\\d{1,3}"))) {
            return new Ordering(pairs.stream().sorted(Comparator.comparingInt(p -> Integer.parseInt(p.right())))
                    .map(MatchPair::left).toList());
        }
        return new Matching(pairs, distractors);
    }

    private AnswerSpec essay(GiftQuestion q) {
        String rubric = SteppeNotes.first(q, SteppeNotes.RUBRIC).orElse(null);
        if (rubric == null) {
            notes.add(ImportNote.of("interop.warn.noRubric"));
            rubric = SteppeNotes.MISSING_RUBRIC;
        }
        int maxWords = SteppeNotes.first(q, SteppeNotes.MAX_WORDS).filter(v -> v.matches("\\d{1,5}"))
                .map(Integer::parseInt).orElse(SteppeNotes.DEFAULT_MAX_WORDS);
        return new Essay(rubric, maxWords);
    }

    /** Steppe's typed answers have no feedback of their own: it goes to the explanation, with a warning. */
    private void keepAnswerFeedback(GiftAnswer a) {
        String feedback = markdown.convert(a.feedback());
        if (a.fraction().signum() < 0) {
            notes.add(ImportNote.of("interop.warn.negative", a.text().text(), percent(a.fraction())));
        }
        if (feedback.isEmpty()) {
            return;
        }
        String who = a.isCatchAll() ? SteppeNotes.ANY_OTHER_ANSWER : "“" + MarkdownText.escape(a.text().text(), false) + "”";
        explanation.add(who + ": " + feedback);
        notes.add(ImportNote.of("interop.warn.answerFeedback", a.isCatchAll() ? "*" : a.text().text()));
    }

    private static String percent(BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
    }

    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return QuestionContent.DEFAULT_POINTS;
        }
    }
}
