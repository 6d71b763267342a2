package app.steppe.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.QuestionBankApi.QuestionRef;
import app.steppe.questionbank.QuestionBankApi.SetRef;
import app.steppe.quiz.GradingMethod;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.ReviewTiming;

class QuizPublisherTest {

    private static final Instant OPEN = Instant.parse("2026-12-01T04:00:00Z");

    private final QuestionBankApi bank = mock(QuestionBankApi.class);
    private final QuizRepository quizzes = mock(QuizRepository.class);
    private final QuizPublisher publisher = new QuizPublisher(quizzes, bank, new QuizLimits(Duration.ofHours(6)),
            Clock.fixed(OPEN, ZoneOffset.UTC));

    private static QuizSettings settings(Optional<TimeLimit> limit, List<DrawRule> draws) {
        ReviewTiming now = ReviewTiming.IMMEDIATELY;
        return new QuizSettings("Quiz", "", limit, new QuizWindow(OPEN, OPEN.plusSeconds(3600)), 1,
                GradingMethod.HIGHEST, false, false, draws, Navigation.FREE, new ReviewOptions(now, now, now, now),
                new PassingGrade(50));
    }

    private void aSet(long id, boolean grounded, List<QuestionRef> questions) {
        when(bank.set(id)).thenReturn(Optional.of(new SetRef(id, "s" + id, "Set", "r", questions.size(), grounded)));
        when(bank.questions(id)).thenReturn(questions);
    }

    private static QuestionRef tagged(long id, String... tags) {
        return new QuestionRef(id, id, "single-choice", List.of(tags));
    }

    @Test
    void refusesAnUngroundedSetAndSavesNothing() {
        aSet(1, false, List.of(tagged(1)));
        QuizPublisher.Outcome outcome = publisher.publish(1, settings(Optional.empty(), List.of()));
        assertThat(outcome.problems()).extracting(QuizProblem::messageKey).containsExactly("quiz.error.set.ungrounded");
        verify(quizzes, never()).save(any());
    }

    @Test
    void aSetThatLostItsGroundingAfterPublishingDoesNotBlockEditingTheQuiz() {
        aSet(6, false, List.of(tagged(1)));
        Quiz quiz = Quiz.publish(6, settings(Optional.empty(), List.of()), OPEN);
        when(quizzes.findById(9L)).thenReturn(Optional.of(quiz));
        assertThat(publisher.revise(9, settings(Optional.of(TimeLimit.ofMinutes(20)), List.of())).problems()).isEmpty();
        assertThat(quiz.timeLimit()).contains(TimeLimit.ofMinutes(20));
    }

    @Test
    void refusesAnEmptySetAndAnUnknownOne() {
        aSet(2, true, List.of());
        when(bank.set(3)).thenReturn(Optional.empty());
        assertThat(publisher.publish(2, settings(Optional.empty(), List.of())).problems())
                .extracting(QuizProblem::messageKey).containsExactly("quiz.error.set.empty");
        assertThat(publisher.publish(3, settings(Optional.empty(), List.of())).problems())
                .extracting(QuizProblem::messageKey).containsExactly("quiz.error.set.unknown");
    }

    @Test
    void refusesADrawLargerThanItsTagHas() {
        aSet(4, true, List.of(tagged(1, "china"), tagged(2, "china", "russia"), tagged(3)));
        List<DrawRule> draws = List.of(new DrawRule(Optional.of("china"), 2), new DrawRule(Optional.of("russia"), 2),
                new DrawRule(Optional.empty(), 4));
        assertThat(publisher.publish(4, settings(Optional.empty(), draws)).problems())
                .containsExactly(new QuizProblem("draws[1].count", "quiz.error.draw.tooMany", 1L),
                        new QuizProblem("draws[2].count", "quiz.error.draw.tooMany", 3L));
    }

    @Test
    void refusesATimeLimitAboveTheMaximumButAcceptsExactlyIt() {
        aSet(5, true, List.of(tagged(1)));
        assertThat(publisher.publish(5, settings(Optional.of(TimeLimit.ofMinutes(361)), List.of())).problems())
                .extracting(QuizProblem::field).containsExactly("timeLimitMinutes");
        Quiz saved = mock(Quiz.class);
        when(saved.id()).thenReturn(7L);
        when(quizzes.save(any())).thenReturn(saved);
        QuizPublisher.Outcome outcome = publisher.publish(5, settings(Optional.of(TimeLimit.ofMinutes(360)), List.of()));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.quizId()).contains(7L);
    }
}
