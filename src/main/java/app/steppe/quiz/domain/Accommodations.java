package app.steppe.quiz.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Grants and revokes per-student accommodations on a quiz; granting again replaces the earlier grant. */
@Service
public class Accommodations {

    private final AccommodationRepository accommodations;
    private final QuizRepository quizzes;

    Accommodations(AccommodationRepository accommodations, QuizRepository quizzes) {
        this.accommodations = accommodations;
        this.quizzes = quizzes;
    }

    @Transactional(readOnly = true)
    public List<Accommodation> of(long quizId) {
        return accommodations.findByQuizIdOrderByIdAsc(quizId);
    }

    @Transactional
    public void grant(long quizId, long studentId, ExtraTime time, int extraAttempts, Optional<Instant> close) {
        if (!quizzes.existsById(quizId)) {
            throw new UnknownQuizException();
        }
        Accommodation a = accommodations.findByQuizIdAndStudentId(quizId, studentId)
                .orElseGet(() -> new Accommodation(quizId, studentId));
        a.grant(time, extraAttempts, close);
        accommodations.save(a);
    }

    @Transactional
    public void revoke(long quizId, long accommodationId) {
        accommodations.findById(accommodationId).filter(a -> a.quizId() == quizId)
                .ifPresent(accommodations::delete);
    }

    /** One student's accommodations at every quiz, by quiz id, in one query. */
    java.util.Map<Long, Accommodation> ofStudent(long studentId) {
        var byQuiz = new java.util.HashMap<Long, Accommodation>();
        accommodations.findByStudentId(studentId).forEach(a -> byQuiz.put(a.quizId(), a));
        return byQuiz;
    }

    /** The latest personal close of every quiz that has one, by quiz id, in one query. */
    java.util.Map<Long, Instant> lastPersonalCloses() {
        var byQuiz = new java.util.HashMap<Long, Instant>();
        accommodations.lastPersonalCloses().forEach(c -> byQuiz.put(c.getQuizId(), c.getLastClose()));
        return byQuiz;
    }

    Optional<Accommodation> forStudent(long quizId, long studentId) {
        return accommodations.findByQuizIdAndStudentId(quizId, studentId);
    }
}
