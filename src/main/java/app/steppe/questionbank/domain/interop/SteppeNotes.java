package app.steppe.questionbank.domain.interop;

import java.util.Optional;

import app.steppe.questionbank.domain.gift.GiftComments;
import app.steppe.questionbank.domain.gift.GiftQuestion;

/**
 * The {@code // [key:value]} comment notes Steppe's GIFT export writes for what GIFT cannot say, and its import
 * reads back: Moodle ignores comments, so a Moodle user loses nothing, and GIFT → Steppe → GIFT keeps everything.
 */
final class SteppeNotes {

    static final String CITE = "cite";
    static final String POINTS = "points";
    static final String SHUFFLE = "shuffle";
    static final String SCORING = "scoring";
    static final String CASE_SENSITIVE = "case-sensitive";
    static final String UNIT = "unit";
    static final String TYPE = "steppe-type";
    static final String RUBRIC = "rubric";
    static final String MAX_WORDS = "max-words";
    static final String READING = "reading";
    static final String SET = "set";
    static final String TITLE = "title";

    /** Author content, not interface text: it is stored in the question and meant to be replaced by the author. */
    static final String MISSING_RUBRIC = "No rubric came with the imported file: write one before grading.";
    static final String ANY_OTHER_ANSWER = "Any other answer";
    static final int DEFAULT_MAX_WORDS = 5_000;

    private SteppeNotes() {
    }

    static Optional<String> first(GiftQuestion q, String key) {
        return GiftComments.notes(q.comments(), key).stream().findFirst();
    }
}
