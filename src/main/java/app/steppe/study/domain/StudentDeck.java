package app.steppe.study.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.attempt.AttemptResults;

/** One student's cards as the study pages read them; always asked for by the logged-in student's own id. */
@Service
@Transactional(readOnly = true)
public class StudentDeck {

    private final StudyCardRepository cards;
    private final AttemptResults attempts;
    private final StudyReviews reviews;

    StudentDeck(StudyCardRepository cards, AttemptResults attempts, StudyReviews reviews) {
        this.cards = cards;
        this.attempts = attempts;
        this.reviews = reviews;
    }

    /**
     * Puts the questions the student missed in graded quizzes, whose right answers they may now see, into their
     * deck. Idempotent; called when the student opens a study page or the home page, so no event is needed for the
     * moment a quiz's review options start to show the answers.
     */
    @Transactional
    public int takeInMissedQuestions(long studentId, Instant now) {
        return reviews.addMissedQuestions(studentId, attempts.missedQuestionsVisible(studentId, now), now);
    }

    public List<StudyCard> cards(long studentId) {
        return cards.findByStudentId(studentId);
    }

    /** The questions the student is weak on (last rated Again, or missed in a quiz and not reviewed since). */
    public List<Long> weakQuestions(long studentId, StudyPool pool) {
        return cards.findByStudentId(studentId).stream()
                .filter(StudyCard::isWeak)
                .map(StudyCard::questionId)
                .filter(pool::mayStudy)
                .sorted()
                .toList();
    }

    public boolean hasCard(long studentId, long questionId) {
        return cards.findByStudentIdAndQuestionId(studentId, questionId).isPresent();
    }
}
