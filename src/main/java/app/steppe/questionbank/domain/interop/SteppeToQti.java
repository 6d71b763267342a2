package app.steppe.questionbank.domain.interop;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.MatchPair;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.TrueFalse;

/**
 * One Steppe question as a QTI 2.1 item: single choice, multiple response and true/false as a
 * {@code choiceInteraction}, short text and numeric as a {@code textEntryInteraction} (numeric with its tolerances as
 * {@code equal} conditions), matching as a {@code matchInteraction}, ordering as an {@code orderInteraction}, essay
 * as an {@code extendedTextInteraction} with the rubric in a scorer's {@code rubricBlock}, fill-in-the-blanks as a
 * passage with inline interactions ({@link QtiBlanksWriter}). A passage that uses a gap twice has no item here
 * (empty result): the export report says it was skipped.
 */
final class SteppeToQti {

    static final String TRUE = "true";
    static final String FALSE = "false";
    static final String MAX_WORDS_CLASS = "steppe-max-words-";
    static final String UNIT_CLASS = "steppe-unit";

    Optional<Document> item(QuestionContent question, String identifier) {
        QtiItemWriter w = new QtiItemWriter(identifier, GiftImportPlanner.shorten(question.prompt()));
        Object answer = question.answer();
        if (answer instanceof SingleChoice choice) {
            singleChoice(w, question, choice);
        } else if (answer instanceof MultipleResponse multiple) {
            multipleResponse(w, question, multiple);
        } else if (answer instanceof TrueFalse trueFalse) {
            trueFalse(w, question, trueFalse);
        } else if (answer instanceof ShortText text) {
            shortText(w, question, text);
        } else if (answer instanceof Numeric numeric) {
            new QtiNumericWriter().write(w, question, numeric);
        } else if (answer instanceof Matching matching) {
            matching(w, question, matching);
        } else if (answer instanceof Ordering ordering) {
            ordering(w, question, ordering);
        } else if (answer instanceof Essay essay) {
            essay(w, question, essay);
        } else if (answer instanceof FillBlanks blanks && QtiBlanksWriter.expressible(blanks)) {
            new QtiBlanksWriter().write(w, question, blanks);
        } else {
            return Optional.empty();
        }
        w.explanation(question.explanation());
        return Optional.of(w.document());
    }

    private void singleChoice(QtiItemWriter w, QuestionContent q, SingleChoice choice) {
        List<ChoiceOption> options = choice.options();
        w.correct(w.response("single", "identifier"), options.stream().filter(ChoiceOption::correct)
                .map(o -> choiceId(options.indexOf(o))).toList());
        w.outcomes(q.points());
        Element interaction = choices(w, q, choice.shuffle(), 1);
        for (int i = 0; i < options.size(); i++) {
            choice(w, interaction, choiceId(i), options.get(i).text(), options.get(i).feedback());
        }
        w.template(QtiItemWriter.MATCH_CORRECT);
    }

    private void multipleResponse(QtiItemWriter w, QuestionContent q, MultipleResponse multiple) {
        List<ChoiceOption> options = multiple.options();
        Element response = w.response("multiple", "identifier");
        w.correct(response, options.stream().filter(ChoiceOption::correct).map(o -> choiceId(options.indexOf(o))).toList());
        boolean partial = multiple.scoring() == MultipleResponse.Scoring.RIGHT_MINUS_WRONG;
        if (partial) {
            // Steppe's rule as a mapping: each right choice +1/k, each wrong choice -1/k, bounded to [0, 1]
            long k = Math.max(1, options.stream().filter(ChoiceOption::correct).count());
            BigDecimal share = BigDecimal.ONE.divide(BigDecimal.valueOf(k), new MathContext(6));
            Element mapping = w.mapping(response);
            for (int i = 0; i < options.size(); i++) {
                w.mapEntry(mapping, choiceId(i), options.get(i).correct() ? share : share.negate(), true);
            }
        }
        w.outcomes(q.points());
        Element interaction = choices(w, q, true, 0);
        for (int i = 0; i < options.size(); i++) {
            choice(w, interaction, choiceId(i), options.get(i).text(), options.get(i).feedback());
        }
        w.template(partial ? QtiItemWriter.MAP_RESPONSE : QtiItemWriter.MATCH_CORRECT);
    }

    private void trueFalse(QtiItemWriter w, QuestionContent q, TrueFalse trueFalse) {
        w.correct(w.response("single", "identifier"), List.of(trueFalse.answer() ? TRUE : FALSE));
        w.outcomes(q.points());
        Element interaction = choices(w, q, false, 1);
        choice(w, interaction, TRUE, "True", trueFalse.feedbackTrue());
        choice(w, interaction, FALSE, "False", trueFalse.feedbackFalse());
        w.template(QtiItemWriter.MATCH_CORRECT);
    }

    private void shortText(QtiItemWriter w, QuestionContent q, ShortText text) {
        Element response = w.response("single", "string");
        AcceptedText best = text.answers().stream().max((a, b) -> a.credit().compareTo(b.credit())).orElseThrow();
        w.correct(response, List.of(best.text()));
        Element mapping = w.mapping(response);
        text.answers().forEach(a -> w.mapEntry(mapping, a.text(), a.credit(), text.caseSensitive()));
        w.outcomes(q.points());
        Element entry = w.el(w.el(w.body(q.prompt()), "p"), "textEntryInteraction");
        entry.setAttribute("responseIdentifier", QtiItemWriter.RESPONSE);
        entry.setAttribute("expectedLength", String.valueOf(Math.max(10, best.text().length() + 5)));
        w.template(QtiItemWriter.MAP_RESPONSE);
    }

    private void matching(QtiItemWriter w, QuestionContent q, Matching matching) {
        Map<String, String> rights = new LinkedHashMap<>(); // text → identifier, a right item used twice appears once
        Map<String, Integer> uses = new LinkedHashMap<>();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < matching.pairs().size(); i++) {
            MatchPair pair = matching.pairs().get(i);
            String right = rights.computeIfAbsent(pair.right(), r -> "R" + (rights.size() + 1));
            uses.merge(right, 1, Integer::sum);
            pairs.add("L" + (i + 1) + " " + right);
        }
        matching.distractors().forEach(d -> rights.computeIfAbsent(d, r -> "R" + (rights.size() + 1)));
        Element response = w.response("multiple", "directedPair");
        w.correct(response, pairs);
        Element mapping = w.mapping(response);
        BigDecimal share = BigDecimal.ONE.divide(BigDecimal.valueOf(pairs.size()), new MathContext(6));
        pairs.forEach(pair -> w.mapEntry(mapping, pair, share, true));
        w.outcomes(q.points());
        Element interaction = w.el(w.body(q.prompt()), "matchInteraction");
        interaction.setAttribute("responseIdentifier", QtiItemWriter.RESPONSE);
        interaction.setAttribute("shuffle", "true");
        interaction.setAttribute("maxAssociations", String.valueOf(pairs.size()));
        Element lefts = w.el(interaction, "simpleMatchSet");
        for (int i = 0; i < matching.pairs().size(); i++) {
            associable(w, lefts, "L" + (i + 1), matching.pairs().get(i).left(), 1);
        }
        Element rightSet = w.el(interaction, "simpleMatchSet");
        rights.forEach((text, id) -> associable(w, rightSet, id, text, uses.getOrDefault(id, 1)));
        w.template(QtiItemWriter.MAP_RESPONSE);
    }

    private void ordering(QtiItemWriter w, QuestionContent q, Ordering ordering) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ordering.items().size(); i++) {
            ids.add("I" + (i + 1));
        }
        w.correct(w.response("ordered", "identifier"), ids);
        w.outcomes(q.points());
        Element interaction = w.el(w.body(q.prompt()), "orderInteraction");
        interaction.setAttribute("responseIdentifier", QtiItemWriter.RESPONSE);
        interaction.setAttribute("shuffle", "true");
        for (int i = 0; i < ids.size(); i++) {
            choice(w, interaction, ids.get(i), ordering.items().get(i), null);
        }
        w.template(QtiItemWriter.MATCH_CORRECT);
    }

    private void essay(QtiItemWriter w, QuestionContent q, Essay essay) {
        w.response("single", "string");
        w.outcomes(q.points());
        Element body = w.body(q.prompt());
        Element rubric = w.el(body, "rubricBlock");
        rubric.setAttribute("view", "scorer");
        w.markdownBlock(rubric, essay.rubric());
        Element interaction = w.el(body, "extendedTextInteraction");
        interaction.setAttribute("responseIdentifier", QtiItemWriter.RESPONSE);
        if (essay.maxWords() > 0) {
            interaction.setAttribute("class", MAX_WORDS_CLASS + essay.maxWords());
            interaction.setAttribute("expectedLength", String.valueOf(essay.maxWords() * 6));
        }
    }

    private Element choices(QtiItemWriter w, QuestionContent q, boolean shuffle, int maxChoices) {
        Element interaction = w.el(w.body(q.prompt()), "choiceInteraction");
        interaction.setAttribute("responseIdentifier", QtiItemWriter.RESPONSE);
        interaction.setAttribute("shuffle", String.valueOf(shuffle));
        interaction.setAttribute("maxChoices", String.valueOf(maxChoices));
        return interaction;
    }

    private void choice(QtiItemWriter w, Element interaction, String id, String text, String feedback) {
        Element choice = w.el(interaction, "simpleChoice");
        choice.setAttribute("identifier", id);
        w.markdownInline(choice, text);
        if (feedback != null && !feedback.isBlank()) {
            Element inline = w.el(choice, "feedbackInline");
            inline.setAttribute("outcomeIdentifier", "FEEDBACK");
            inline.setAttribute("identifier", id);
            inline.setAttribute("showHide", "show");
            w.markdownInline(inline, feedback);
        }
    }

    private void associable(QtiItemWriter w, Element set, String id, String text, int matchMax) {
        Element choice = w.el(set, "simpleAssociableChoice");
        choice.setAttribute("identifier", id);
        choice.setAttribute("matchMax", String.valueOf(matchMax));
        w.markdownInline(choice, text);
    }

    static String choiceId(int index) {
        return "C" + (index + 1);
    }
}
