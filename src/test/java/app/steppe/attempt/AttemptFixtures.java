package app.steppe.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.steppe.attempt.domain.Attempts;
import app.steppe.grading.scoring.AnswerForm;
import app.steppe.questionbank.QuestionBankApi;
import app.steppe.quiz.GradingMethod;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.ReviewTiming;
import app.steppe.quiz.domain.DrawRule;
import app.steppe.quiz.domain.PassingGrade;
import app.steppe.quiz.domain.QuizPublisher;
import app.steppe.quiz.domain.QuizSettings;
import app.steppe.quiz.domain.QuizWindow;
import app.steppe.quiz.domain.ReviewOptions;
import app.steppe.quiz.domain.TimeLimit;

/** Quizzes on the shipped Kazakhstan 2022 question set, published through the quiz module as an instructor would. */
public final class AttemptFixtures {

    public static final String SHIPPED_SET = "kazakhstan-2022";

    private final QuizPublisher publisher;
    private final QuestionBankApi bank;

    public AttemptFixtures(QuizPublisher publisher, QuestionBankApi bank) {
        this.publisher = publisher;
        this.bank = bank;
    }

    public long shippedSetId() {
        return bank.sets().stream().filter(s -> s.slug().equals(SHIPPED_SET)).findFirst().orElseThrow().id();
    }

    /** Settings of a quiz open from {@code opens} for a day, {@code questions} drawn from the set (0: all of them). */
    public static QuizSettings settings(Instant opens, Optional<Duration> limit, int questions, Navigation navigation,
            ReviewTiming review, int maxAttempts) {
        var draws = questions == 0 ? List.<DrawRule>of() : List.of(new DrawRule(Optional.empty(), questions));
        return new QuizSettings("Quiz " + opens.toEpochMilli() % 100000, "Answer every question.",
                limit.map(d -> TimeLimit.ofMinutes(d.toMinutes())), new QuizWindow(opens, opens.plus(Duration.ofDays(1))),
                maxAttempts, GradingMethod.HIGHEST, true, true, draws, navigation,
                new ReviewOptions(review, review, review, review), new PassingGrade(50));
    }

    public long publish(QuizSettings settings) {
        return publishOn(shippedSetId(), settings);
    }

    /** Publishes on any grounded set, e.g. a copy of the shipped one that a test may change. */
    public long publishOn(long setId, QuizSettings settings) {
        var outcome = publisher.publish(setId, settings);
        if (!outcome.problems().isEmpty()) {
            throw new IllegalStateException("fixture quiz refused: " + outcome.problems());
        }
        return outcome.quizId().orElseThrow();
    }

    /** A 30-minute quiz of {@code questions} questions, open from {@code opens}, free navigation, review right after. */
    public long aTimedQuiz(Instant opens, int questions) {
        return publish(settings(opens, Optional.of(Duration.ofMinutes(30)), questions, Navigation.FREE,
                ReviewTiming.IMMEDIATELY, 1));
    }

    /** Some answer to each kind of question: the first option shown, true, the first match, or a typed text. */
    public static AnswerForm anAnswerTo(Attempts.QuestionSlot slot, String text) {
        return anAnswerTo(slot, text, text);
    }

    /** The same, with {@code number} typed into numeric questions. */
    public static AnswerForm anAnswerTo(Attempts.QuestionSlot slot, String text, String number) {
        var view = slot.view();
        if (!view.choices().isEmpty()) {
            return new AnswerForm(Map.of("", List.of(view.choices().get(0).value())));
        }
        switch (view.type()) {
            case TRUE_FALSE:
                return new AnswerForm(Map.of("", List.of("true")));
            case MATCHING:
                return new AnswerForm(Map.of("0", List.of(view.rightItems().get(0))));
            case ORDERING:
                return new AnswerForm(Map.of("0", List.of("1")));
            case FILL_BLANKS:
                return new AnswerForm(Map.of("1", List.of(text)));
            case NUMERIC:
                return new AnswerForm(Map.of("", List.of(number)));
            default:
                return new AnswerForm(Map.of("", List.of(text)));
        }
    }
}
