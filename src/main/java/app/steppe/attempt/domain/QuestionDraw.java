package app.steppe.attempt.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Deals the questions of a new attempt from a set: every question, or N at random (N per tag first, then N from the
 * whole set among those not yet drawn), in the set's order or shuffled.
 */
public final class QuestionDraw {

    /** A question of the set: its current version and its tags. */
    public record Candidate(long versionId, List<String> tags) {
    }

    /** Draw {@code count} questions, from those with {@code tag} or, when empty, from all. */
    public record Rule(Optional<String> tag, int count) {
    }

    private QuestionDraw() {
    }

    public static List<Long> deal(List<Candidate> set, List<Rule> rules, boolean shuffle, Random random) {
        var drawn = new LinkedHashSet<Candidate>();
        if (rules.isEmpty()) {
            drawn.addAll(set);
        }
        // tag rules first, so a whole-set rule cannot use up the questions a tag needs
        var ordered = new ArrayList<>(rules);
        ordered.sort((a, b) -> Boolean.compare(a.tag().isEmpty(), b.tag().isEmpty()));
        for (var rule : ordered) {
            var pool = new ArrayList<Candidate>();
            for (var candidate : set) {
                if (!drawn.contains(candidate) && rule.tag().map(candidate.tags()::contains).orElse(true)) {
                    pool.add(candidate);
                }
            }
            Collections.shuffle(pool, random);
            drawn.addAll(pool.subList(0, Math.min(rule.count(), pool.size())));
        }
        var dealt = new ArrayList<Candidate>();
        if (shuffle) {
            dealt.addAll(drawn);
            Collections.shuffle(dealt, random);
        } else {
            set.stream().filter(drawn::contains).forEach(dealt::add);
        }
        return dealt.stream().map(Candidate::versionId).toList();
    }
}
