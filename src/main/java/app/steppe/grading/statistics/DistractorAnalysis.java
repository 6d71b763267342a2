package app.steppe.grading.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How often each option of a choice question was chosen, option by option in authored order, and how many attempts
 * chose none. A multiple-response attempt counts once for every option it chose, so the counts may add up to more
 * than the attempts. Only the attempts that asked the question count.
 */
public record DistractorAnalysis(int attempts, List<OptionCount> options, int unanswered) {

    public DistractorAnalysis {
        options = List.copyOf(options);
    }

    /** How many attempts chose option {@code index}, also as a percentage of the attempts that asked the question. */
    public record OptionCount(int index, int chosen, double percentOfAttempts) {
    }

    static DistractorAnalysis of(List<AttemptScores> attempts, int question, int optionCount) {
        int[] chosen = new int[optionCount];
        int unanswered = 0;
        int total = 0;
        for (AttemptScores attempt : attempts) {
            if (!attempt.asked(question)) {
                continue;
            }
            total++;
            Set<Integer> options = attempt.chosenOptions().get(question);
            if (options.isEmpty()) {
                unanswered++;
            }
            for (int option : options) {
                if (option < 0 || option >= optionCount) {
                    throw new IllegalArgumentException("question " + question + " has no option " + option);
                }
                chosen[option]++;
            }
        }
        List<OptionCount> counts = new ArrayList<>();
        for (int i = 0; i < optionCount; i++) {
            counts.add(new OptionCount(i, chosen[i], total == 0 ? 0 : 100.0 * chosen[i] / total));
        }
        return new DistractorAnalysis(total, counts, unanswered);
    }
}
