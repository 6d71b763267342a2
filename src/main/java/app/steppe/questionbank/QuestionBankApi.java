package app.steppe.questionbank;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.matching.SpellingEquivalents;

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

    /** Where a citation of a question version was found: the reading, its version and paragraph (null if stale). */
    record CitedPassage(String readingSlug, String quote, Long readingVersionId, Integer paragraphNo) {
    }

    /** A question version as it is asked and scored: its content (with the answer key) and where its quotes are. */
    record AskedQuestion(long versionId, long questionId, QuestionContent content, List<CitedPassage> passages) {
    }

    List<SetRef> sets();

    Optional<SetRef> set(long setId);

    List<QuestionRef> questions(long setId);

    /** The live questions of several sets, by set id (an empty list for a set without any), in two queries. */
    Map<Long, List<QuestionRef>> questionsOfSets(Collection<Long> setIds);

    /** The versions asked in an attempt, by version id, in one query whatever their number. */
    Map<Long, AskedQuestion> asked(Collection<Long> versionIds);

    /** The current (newest) version of a question, e.g. the corrected one a regrade scores with. */
    Optional<Long> currentVersionId(long questionId);

    /** The question each version belongs to, by version id, in one query (no content is read). */
    Map<Long, Long> questionIdsOf(Collection<Long> versionIds);

    /**
     * What a quiz draws from a set as an IMS QTI 2.1 content package that Canvas can import, with the report of the
     * questions QTI cannot express. Throws {@link app.steppe.shared.web.NotFoundException} for no such live set.
     */
    QtiPackage qtiForQuiz(long setId, QtiQuizOutline outline);

    /** The course's equivalent spellings, for scoring typed answers. */
    SpellingEquivalents spellings();

    /** From now on these versions never change: an edit makes a new version. */
    void markUsed(List<Long> versionIds);
}
