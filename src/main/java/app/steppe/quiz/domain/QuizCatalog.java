package app.steppe.quiz.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.quiz.QuizApi;
import app.steppe.quiz.QuizAttemptCounter;
import app.steppe.quiz.QuizClosing;
import app.steppe.quiz.QuizView;
import app.steppe.quiz.StudentQuizRules;

/** Reads quizzes for other modules and the pages; the attempt count comes from the attempt module when present. */
@Service
@Transactional(readOnly = true)
public class QuizCatalog implements QuizApi {

    private final QuizRepository quizzes;
    private final Accommodations accommodations;
    private final ObjectProvider<QuizAttemptCounter> counter;

    QuizCatalog(QuizRepository quizzes, Accommodations accommodations, ObjectProvider<QuizAttemptCounter> counter) {
        this.quizzes = quizzes;
        this.accommodations = accommodations;
        this.counter = counter;
    }

    @Override
    public Optional<QuizView> quiz(long id) {
        return quizzes.findById(id).map(QuizCatalog::view);
    }

    @Override
    public List<QuizView> published() {
        return quizzes.findAllByOrderByOpensAtAscIdAsc().stream().map(QuizCatalog::view).toList();
    }

    @Override
    public List<QuizClosing> closings() {
        Map<Long, Instant> personal = accommodations.lastPersonalCloses();
        return all().stream().map(q -> {
            Instant close = q.window().close();
            Instant last = personal.get(q.id());
            return new QuizClosing(q.id(), q.questionSetId(), last != null && last.isAfter(close) ? last : close);
        }).toList();
    }

    /** The quiz itself, for the instructor's pages. */
    public Quiz get(long id) {
        return quizzes.findById(id).orElseThrow(UnknownQuizException::new);
    }

    public List<Quiz> all() {
        return quizzes.findAllByOrderByOpensAtAscIdAsc();
    }

    /** 0 until the attempt module counts. */
    public long attemptsOf(long quizId) {
        QuizAttemptCounter c = counter.getIfAvailable();
        return c == null ? 0 : c.attemptsOf(quizId);
    }

    @Override
    public StudentQuizRules rulesFor(long quizId, long studentId) {
        return rules(get(quizId), studentId, accommodations.forStudent(quizId, studentId));
    }

    @Override
    public List<StudentQuizRules> rulesForStudent(long studentId) {
        var accommodated = accommodations.ofStudent(studentId);
        return all().stream()
                .map(quiz -> rules(quiz, studentId, Optional.ofNullable(accommodated.get(quiz.id()))))
                .toList();
    }

    private static StudentQuizRules rules(Quiz quiz, long studentId, Optional<Accommodation> accommodation) {
        long quizId = quiz.id();
        AttemptRules rules = AttemptRules.of(quiz, accommodation);
        QuizSettings s = quiz.settings();
        ExtraTime extra = rules.extraTime();
        return new StudentQuizRules(quizId, studentId, quiz.questionSetId(), s.window().open(), rules.effectiveClose(),
                s.timeLimit().map(t -> (int) t.duration().toMinutes()), extra.minutes(), extra.multiplier(),
                rules.attemptsAllowed(), s.navigation(), s.shuffleQuestions(), s.shuffleOptions(),
                s.drawRules().stream().map(d -> new StudentQuizRules.Draw(d.tag(), d.count())).toList(),
                new StudentQuizRules.Review(s.review().score(), s.review().rightness(), s.review().correctAnswers(),
                        s.review().feedback()),
                s.gradingMethod(), s.passingGrade().percent());
    }

    @Override
    public StartCheck mayStart(long quizId, long studentId, Instant now, long attemptsUsed) {
        return AttemptRules.of(get(quizId), accommodations.forStudent(quizId, studentId)).mayStart(now, attemptsUsed);
    }

    @Override
    public Instant deadlineFor(long quizId, long studentId, Instant start) {
        return AttemptRules.of(get(quizId), accommodations.forStudent(quizId, studentId)).deadlineFor(start);
    }

    @Override
    public boolean gradesReleased(long quizId, Instant now) {
        return quizzes.findById(quizId).map(q -> q.gradesReleased(now)).orElse(false);
    }

    private static QuizView view(Quiz q) {
        return new QuizView(q.id(), q.title(), q.instructions(), q.questionSetId(), q.window().open(),
                q.window().close());
    }
}
