package app.steppe.grading.statistics;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * One attempt's scores, question by question in the order of the quiz's {@link QuestionSlot}s, and the option
 * indexes (as authored, not as shuffled) chosen for each question; an empty set for a question left unanswered or
 * not a choice question. An omitted question is scored 0 (the first approach of Moodle's "Incomplete attempts").
 */
public record AttemptScores(List<BigDecimal> scores, List<Set<Integer>> chosenOptions) {

    public AttemptScores {
        scores = List.copyOf(scores);
        chosenOptions = chosenOptions.stream().map(Set::copyOf).toList();
        if (chosenOptions.size() != scores.size()) {
            throw new IllegalArgumentException("chosen options are given for " + chosenOptions.size()
                    + " questions but scores for " + scores.size());
        }
    }

    /** An attempt whose questions are not choice questions, or whose choices do not matter to the caller. */
    public static AttemptScores of(BigDecimal... scores) {
        return new AttemptScores(Arrays.asList(scores), Collections.nCopies(scores.length, Set.of()));
    }

    /** {@link #of(BigDecimal...)} from plain numbers, handy in tests and in callers working in doubles. */
    public static AttemptScores of(double... scores) {
        return of(Arrays.stream(scores).mapToObj(BigDecimal::valueOf).toArray(BigDecimal[]::new));
    }

    public BigDecimal total() {
        return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    int questionCount() {
        return scores.size();
    }
}
