package app.steppe.questionbank.domain.validation;

import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_ESSAY_WORDS;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_EXPLANATION_LENGTH;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_OPTION_LENGTH;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_ORDERING_ITEMS;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_PAIRS;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MIN_ESSAY_WORDS;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MIN_ORDERING_ITEMS;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MIN_PAIRS;

import java.util.Set;
import java.util.stream.Collectors;

import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.MatchPair;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.Ordering;

/** Matching and ordering (answers arranged from given parts) and essays. */
final class ArrangementRules {

    private ArrangementRules() {
    }

    static void checkMatching(Matching spec, String path, Violations violations) {
        String pairsPath = path + ".pairs";
        violations.limitCount(spec.pairs().size(), pairsPath,
                "question.pairs.tooFew", MIN_PAIRS, "question.pairs.tooMany", MAX_PAIRS);
        for (int i = 0; i < spec.pairs().size(); i++) {
            MatchPair pair = spec.pairs().get(i);
            String pairPath = pairsPath + "[" + i + "]";
            violations.requireText(pair.left(), pairPath + ".left",
                    "question.pair.text.missing", "question.pair.text.tooLong", MAX_OPTION_LENGTH);
            violations.requireText(pair.right(), pairPath + ".right",
                    "question.pair.text.missing", "question.pair.text.tooLong", MAX_OPTION_LENGTH);
        }
        violations.rejectDuplicates(spec.pairs().stream().map(MatchPair::left).toList(), pairsPath, "question.pairs.duplicateLeft");
        violations.rejectDuplicates(spec.pairs().stream().map(MatchPair::right).toList(), pairsPath, "question.pairs.duplicateRight");

        String distractorsPath = path + ".distractors";
        Set<String> rights = spec.pairs().stream().map(pair -> pair.right().strip()).collect(Collectors.toSet());
        for (int i = 0; i < spec.distractors().size(); i++) {
            String distractor = spec.distractors().get(i);
            String distractorPath = distractorsPath + "[" + i + "]";
            violations.requireText(distractor, distractorPath,
                    "question.distractor.text.missing", "question.distractor.text.tooLong", MAX_OPTION_LENGTH);
            if (rights.contains(distractor.strip())) {
                violations.add(distractorPath, "question.distractor.matchesPair", distractor);
            }
        }
        violations.rejectDuplicates(spec.distractors(), distractorsPath, "question.distractor.duplicate");
    }

    static void checkOrdering(Ordering spec, String path, Violations violations) {
        String itemsPath = path + ".items";
        violations.limitCount(spec.items().size(), itemsPath,
                "question.items.tooFew", MIN_ORDERING_ITEMS, "question.items.tooMany", MAX_ORDERING_ITEMS);
        for (int i = 0; i < spec.items().size(); i++) {
            violations.requireText(spec.items().get(i), itemsPath + "[" + i + "]",
                    "question.item.text.missing", "question.item.text.tooLong", MAX_OPTION_LENGTH);
        }
        // with two equal items, two different orders would both be right
        violations.rejectDuplicates(spec.items(), itemsPath, "question.item.duplicate");
    }

    static void checkEssay(Essay spec, String path, Violations violations) {
        violations.requireText(spec.rubric(), path + ".rubric",
                "question.rubric.missing", "question.rubric.tooLong", MAX_EXPLANATION_LENGTH);
        if (spec.maxWords() < MIN_ESSAY_WORDS || spec.maxWords() > MAX_ESSAY_WORDS) {
            violations.add(path + ".max_words", "question.maxWords.outOfRange", spec.maxWords(), MIN_ESSAY_WORDS, MAX_ESSAY_WORDS);
        }
    }
}
