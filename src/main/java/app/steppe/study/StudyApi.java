package app.steppe.study;

import java.time.Instant;
import java.util.Collection;

/**
 * What other modules may ask of, or tell, the study module. Students and questions are referenced by id.
 */
public interface StudyApi {

    /**
     * Puts questions a student missed in a graded quiz into their review queue, due at once. Questions the student
     * already has a card for keep their schedule. Call it only once the quiz's review options let the student see
     * the right answer.
     *
     * @return how many cards were added
     */
    int addMissedQuestions(long studentId, Collection<Long> questionIds, Instant now);

    /**
     * How many of the student's cards are due by the end of today (in the course's zone), leaving out the excluded
     * questions (those of quizzes that are open or upcoming). New cards not yet met are not counted.
     */
    long dueCount(long studentId, Collection<Long> excludedQuestionIds, Instant now);
}
