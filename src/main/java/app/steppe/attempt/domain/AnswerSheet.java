package app.steppe.attempt.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The answers and flags of one attempt; the {@link Attempt} decides whether a change is allowed. */
final class AnswerSheet {

    private final Map<QuestionKey, SavedAnswer> answers = new HashMap<>();
    private final Set<QuestionKey> flagged = new HashSet<>();

    /** Keeps the answer only if its sequence is newer than the stored one, so a stale tab cannot overwrite. */
    boolean storeIfNewer(QuestionKey key, SavedAnswer answer) {
        var stored = answers.get(key);
        if (stored != null && stored.sequence() >= answer.sequence()) {
            return false;
        }
        answers.put(key, answer);
        return true;
    }

    Optional<SavedAnswer> answerTo(QuestionKey key) {
        return Optional.ofNullable(answers.get(key));
    }

    Map<QuestionKey, SavedAnswer> answers() {
        return Map.copyOf(answers);
    }

    void flag(QuestionKey key) {
        flagged.add(key);
    }

    void unflag(QuestionKey key) {
        flagged.remove(key);
    }

    boolean isFlagged(QuestionKey key) {
        return flagged.contains(key);
    }
}
