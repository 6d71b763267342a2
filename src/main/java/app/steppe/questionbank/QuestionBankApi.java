package app.steppe.questionbank;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask the question bank. Questions are referenced by their version id once an attempt
 * shows them: a version never changes after {@link #markUsed(List)}.
 */
public interface QuestionBankApi {

    /** A set that a quiz can be published from; {@code grounded} is false while any question has a stale quote. */
    record SetRef(long id, String slug, String title, String readingSlug, int questionCount, boolean grounded) {
    }

    /** A live question of a set, with its current version, type (YAML name) and tags, in the set's order. */
    record QuestionRef(long questionId, long versionId, String type, List<String> tags) {
    }

    List<SetRef> sets();

    Optional<SetRef> set(long setId);

    List<QuestionRef> questions(long setId);

    /** From now on these versions never change: an edit makes a new version. */
    void markUsed(List<Long> versionIds);
}
