package app.steppe.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What other modules may ask about quizzes. Times are instants; callers pass {@code now}, never read a clock here. */
public interface QuizApi {

    /** Why a student may or may not start an attempt now. */
    enum StartCheck {
        ALLOWED, NOT_YET_OPEN, CLOSED, NO_ATTEMPTS_LEFT
    }

    Optional<QuizView> quiz(long id);

    /** Every quiz, soonest opening first. */
    List<QuizView> published();

    /** Every quiz's {@link QuizClosing}, personal closes included, in two queries. */
    List<QuizClosing> closings();

    /** The rules for one student, accommodation applied. Throws {@link java.util.NoSuchElementException} for no quiz. */
    StudentQuizRules rulesFor(long quizId, long studentId);

    /** The rules of every quiz for one student, in the order of {@link #published()}, in a fixed number of queries. */
    List<StudentQuizRules> rulesForStudent(long studentId);

    StartCheck mayStart(long quizId, long studentId, Instant now, long attemptsUsed);

    /** start + time limit (with the student's extra time), never after the student's effective close. */
    Instant deadlineFor(long quizId, long studentId, Instant start);

    /**
     * Whether the quiz's results (scores, marks, review) may be shown to its students at {@code now}: false for no
     * such quiz. See {@link GradeRelease}.
     */
    boolean gradesReleased(long quizId, Instant now);
}
