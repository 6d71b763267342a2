package app.steppe.grading.scoring;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.MultipleResponse;

/**
 * Multiple response, scored by the question's {@link MultipleResponse.Scoring}. A choice of an option that does not
 * exist earns nothing for the whole question.
 */
public final class MultipleResponseRule {

    private MultipleResponseRule() {
    }

    public static Mark score(MultipleResponse spec, ChoiceResponse response) {
        if (!Indexes.allWithin(response.chosen(), spec.options().size())) {
            return Mark.zero();
        }
        return spec.scoring() == MultipleResponse.Scoring.ALL_OR_NOTHING
                ? allOrNothing(spec.options(), response.chosen())
                : rightMinusWrong(spec.options(), response.chosen());
    }

    /**
     * <b>Right minus wrong:</b> with k correct options, each correct option chosen earns +1/k and each wrong option
     * chosen costs 1/k; the total is floored at 0 (and cannot pass 1). Two of three right plus one wrong: (2 − 1)/3.
     */
    public static Mark rightMinusWrong(List<ChoiceOption> options, Set<Integer> chosen) {
        Set<Integer> correct = correctIndexes(options);
        long right = chosen.stream().filter(correct::contains).count();
        long wrong = chosen.size() - right;
        return Mark.share(right - wrong, correct.size());
    }

    /** <b>All or nothing:</b> everything only for exactly the correct options, no more and no fewer. */
    public static Mark allOrNothing(List<ChoiceOption> options, Set<Integer> chosen) {
        Set<Integer> correct = correctIndexes(options);
        return !correct.isEmpty() && correct.equals(chosen) ? Mark.full() : Mark.zero();
    }

    private static Set<Integer> correctIndexes(List<ChoiceOption> options) {
        return IntStream.range(0, options.size())
                .filter(i -> options.get(i).correct())
                .boxed()
                .collect(Collectors.toSet());
    }
}
