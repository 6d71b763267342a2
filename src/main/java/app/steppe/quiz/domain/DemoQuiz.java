package app.steppe.quiz.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import app.steppe.questionbank.QuestionBankApi;
import app.steppe.quiz.GradingMethod;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.ReviewTiming;

/**
 * Outside the prod profile, publishes one quiz from the shipped question set when the course has none yet, so the
 * demo students have something to take: open for 60 days, 15 questions drawn at random, 30 minutes, 3 attempts.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "steppe.demo.quiz", havingValue = "true", matchIfMissing = true)
class DemoQuiz implements ApplicationRunner {

    static final String SHIPPED_SET = "kazakhstan-2022";

    private static final Logger log = LoggerFactory.getLogger(DemoQuiz.class);

    private final QuizRepository quizzes;
    private final QuizPublisher publisher;
    private final QuestionBankApi bank;
    private final Clock clock;

    DemoQuiz(QuizRepository quizzes, QuizPublisher publisher, QuestionBankApi bank, Clock clock) {
        this.quizzes = quizzes;
        this.publisher = publisher;
        this.bank = bank;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (quizzes.count() > 0) {
            return;
        }
        var set = bank.sets().stream().filter(s -> s.slug().equals(SHIPPED_SET) && s.grounded()).findFirst();
        if (set.isEmpty()) {
            return;
        }
        var now = clock.instant();
        var review = new ReviewOptions(ReviewTiming.IMMEDIATELY, ReviewTiming.IMMEDIATELY, ReviewTiming.IMMEDIATELY,
                ReviewTiming.IMMEDIATELY);
        var settings = new QuizSettings("Kazakhstan, January 2022: practice quiz",
                "Fifteen questions drawn from the course reading. Every answer is saved as you type.",
                Optional.of(TimeLimit.ofMinutes(30)), new QuizWindow(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(60))),
                3, GradingMethod.HIGHEST, true, true, List.of(new DrawRule(Optional.empty(), 15)), Navigation.FREE, review,
                new PassingGrade(50));
        var outcome = publisher.publish(set.get().id(), settings);
        if (outcome.problems().isEmpty()) {
            log.info("Demo quiz published from the set {}", SHIPPED_SET);
        } else {
            log.warn("Demo quiz not published: {}", outcome.problems());
        }
    }
}
