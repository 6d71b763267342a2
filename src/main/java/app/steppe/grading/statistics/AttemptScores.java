package app.steppe.grading.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One attempt's scores, question by question in the order of the quiz's {@link QuestionSlot}s, and the option
 * indexes (as authored, not as shuffled) chosen for each question; an empty set for a question left unanswered or
 * not a choice question. An omitted question is scored 0 (the first approach of Moodle's "Incomplete attempts").
 * A question the attempt did not ask (drawn at random into other attempts) is in {@code notAsked}, with a score of
 * 0 and no options chosen, so that it adds nothing to the total.
 */
public record AttemptScores(List<BigDecimal> scores, List<Set<Integer>> chosenOptions, Set<Integer> notAsked) {

    public AttemptScores {
        scores = List.copyOf(scores);
        chosenOptions = chosenOptions.stream().map(Set::copyOf).toList();
        notAsked = Set.copyOf(notAsked);
        if (chosenOptions.size() != scores.size()) {
            throw new IllegalArgumentException("chosen options are given for " + chosenOptions.size()
                    + " questions but scores for " + scores.size());
        }
        for (int question : notAsked) {
            if (question < 0 || question >= scores.size() || scores.get(question).signum() != 0
                    || !chosenOptions.get(question).isEmpty()) {
                throw new IllegalArgumentException("question " + question + " was not asked, so it has no score");
            }
        }
    }

    /** An attempt that asked every question. */
    public AttemptScores(List<BigDecimal> scores, List<Set<Integer>> chosenOptions) {
        this(scores, chosenOptions, Set.of());
    }

    /** An attempt whose questions are not choice questions, or whose choices do not matter to the caller. */
    public static AttemptScores of(BigDecimal... scores) {
        return new AttemptScores(Arrays.asList(scores), Collections.nCopies(scores.length, Set.of()));
    }

    /** {@link #of(BigDecimal...)} from plain numbers, handy in tests and in callers working in doubles. */
    public static AttemptScores of(double... scores) {
        return of(Arrays.stream(scores).mapToObj(BigDecimal::valueOf).toArray(BigDecimal[]::new));
    }

    /** An attempt that asked some of the quiz's questions: an empty score marks a question it did not ask. */
    public static AttemptScores ofAsked(List<Optional<BigDecimal>> scores, List<Set<Integer>> chosenOptions) {
        var points = new ArrayList<BigDecimal>();
        var notAsked = new ArrayList<Integer>();
        for (int i = 0; i < scores.size(); i++) {
            points.add(scores.get(i).orElse(BigDecimal.ZERO));
            if (scores.get(i).isEmpty()) {
                notAsked.add(i);
            }
        }
        return new AttemptScores(points, chosenOptions, Set.copyOf(notAsked));
    }

    public BigDecimal total() {
        return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean asked(int question) {
        return !notAsked.contains(question);
    }

    int questionCount() {
        return scores.size();
    }
}
