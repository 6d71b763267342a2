package app.steppe.quiz.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.QuestionBankApi.QuestionRef;
import app.steppe.questionbank.QuestionBankApi.SetRef;

/**
 * Publishes quizzes from question sets and revises them, refusing what the set cannot support: an ungrounded or
 * empty set, a draw of more questions than the set (or tag) has, a time limit longer than sessions last.
 */
@Service
@EnableConfigurationProperties(QuizLimits.class)
public class QuizPublisher {

    /** The new quiz's id, or why nothing was saved. */
    public record Outcome(Optional<Long> quizId, List<QuizProblem> problems) {
    }

    private final QuizRepository quizzes;
    private final QuestionBankApi questionBank;
    private final QuizLimits limits;
    private final Clock clock;

    QuizPublisher(QuizRepository quizzes, QuestionBankApi questionBank, QuizLimits limits, Clock clock) {
        this.quizzes = quizzes;
        this.questionBank = questionBank;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional
    public Outcome publish(long setId, QuizSettings settings) {
        List<QuizProblem> problems = problems(setId, settings, true);
        if (!problems.isEmpty()) {
            return new Outcome(Optional.empty(), problems);
        }
        return new Outcome(Optional.of(quizzes.save(Quiz.publish(setId, settings, clock.instant())).id()), List.of());
    }

    @Transactional
    public Outcome revise(long quizId, QuizSettings settings) {
        Quiz quiz = quizzes.findById(quizId).orElseThrow(UnknownQuizException::new);
        List<QuizProblem> problems = problems(quiz.questionSetId(), settings, false);
        if (problems.isEmpty()) {
            quiz.revise(settings);
        }
        return new Outcome(Optional.of(quizId), problems);
    }

    /** The sets a quiz can be published from. */
    public List<SetRef> publishableSets() {
        return questionBank.sets().stream().filter(s -> s.grounded() && s.questionCount() > 0).toList();
    }

    /**
     * A set whose quotes went stale after publishing does not block editing the quiz (say, extending its close):
     * grounding is checked when publishing.
     */
    private List<QuizProblem> problems(long setId, QuizSettings settings, boolean publishing) {
        List<QuizProblem> problems = new ArrayList<>();
        settings.timeLimit().filter(t -> t.duration().compareTo(limits.maxTimeLimit()) > 0)
                .ifPresent(t -> problems.add(new QuizProblem("timeLimitMinutes", "quiz.error.timeLimitTooLong",
                        limits.maxTimeLimit().toMinutes())));
        Optional<SetRef> set = questionBank.set(setId);
        if (set.isEmpty()) {
            problems.add(new QuizProblem("setId", "quiz.error.set.unknown", null));
        } else if (publishing && !set.get().grounded()) {
            problems.add(new QuizProblem("setId", "quiz.error.set.ungrounded", null));
        } else if (set.get().questionCount() < 1) {
            problems.add(new QuizProblem("setId", "quiz.error.set.empty", null));
        } else {
            drawProblems(questionBank.questions(setId), settings.drawRules(), problems);
        }
        return problems;
    }

    private static void drawProblems(List<QuestionRef> questions, List<DrawRule> rules, List<QuizProblem> problems) {
        for (int i = 0; i < rules.size(); i++) {
            DrawRule rule = rules.get(i);
            long available = rule.tag()
                    .map(tag -> questions.stream().filter(q -> q.tags().contains(tag)).count())
                    .orElse((long) questions.size());
            if (rule.count() > available) {
                problems.add(new QuizProblem("draws[" + i + "].count", "quiz.error.draw.tooMany", available));
            }
        }
    }
}
