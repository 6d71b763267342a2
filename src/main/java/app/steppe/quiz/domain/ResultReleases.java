package app.steppe.quiz.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.quiz.GradeRelease;
import app.steppe.quiz.QuizGradeReleases;
import app.steppe.quiz.QuizGrading;

/** Releases and withdraws quiz results; the rule of what is released lives in {@link Quiz#gradesReleased}. */
@Service
@Transactional(readOnly = true)
class ResultReleases implements QuizGradeReleases {

    private final QuizRepository quizzes;

    ResultReleases(QuizRepository quizzes) {
        this.quizzes = quizzes;
    }

    @Override
    public List<QuizGrading> gradings(Instant now) {
        return quizzes.findAllByOrderByOpensAtAscIdAsc().stream().map(q -> grading(q, now)).toList();
    }

    @Override
    public Optional<QuizGrading> grading(long quizId, Instant now) {
        return quizzes.findById(quizId).map(q -> grading(q, now));
    }

    @Override
    @Transactional
    public Optional<QuizGrading> release(long quizId, Instant now) {
        return change(quizId, now, q -> q.releaseGrades(now));
    }

    @Override
    @Transactional
    public Optional<QuizGrading> withdraw(long quizId, Instant now) {
        return change(quizId, now, Quiz::withdrawGrades);
    }

    @Override
    @Transactional
    public Optional<QuizGrading> changeRelease(long quizId, GradeRelease release, Instant now) {
        return change(quizId, now, q -> q.changeGradeRelease(release));
    }

    private Optional<QuizGrading> change(long quizId, Instant now, Consumer<Quiz> change) {
        return quizzes.findById(quizId).map(q -> {
            change.accept(q);
            return grading(q, now);
        });
    }

    private static QuizGrading grading(Quiz q, Instant now) {
        return new QuizGrading(q.id(), q.title(), q.gradingMethod(), q.gradeRelease(), q.gradesReleasedAt(),
                q.gradesReleased(now), q.window().open(), q.window().close());
    }
}
