package app.steppe.grading.scoring;

import java.util.Map;

import app.steppe.questionbank.domain.Matching;

/**
 * <b>Matching: the share of left items paired with their own right item.</b> Left item i belongs with right item i
 * (the right-hand list is the pairs' rights in authored order, then the distractors), so a left item paired with a
 * distractor, with another pair's right, or with nothing, earns nothing. A response naming a left or right item the
 * question does not have earns nothing at all.
 */
public final class MatchingRule {

    private MatchingRule() {
    }

    public static Mark score(Matching spec, MatchingResponse response) {
        int lefts = spec.pairs().size();
        int rights = lefts + spec.distractors().size();
        Map<Integer, Integer> rightForLeft = response.rightForLeft();
        if (!Indexes.allWithin(rightForLeft.keySet(), lefts) || !Indexes.allWithin(rightForLeft.values(), rights)) {
            return Mark.zero();
        }
        long matched = rightForLeft.entrySet().stream()
                .filter(pairing -> pairing.getKey().equals(pairing.getValue()))
                .count();
        return Mark.share(matched, lefts);
    }
}
