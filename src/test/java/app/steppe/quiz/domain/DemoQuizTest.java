package app.steppe.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import app.steppe.questionbank.QuestionBankApi;
import app.steppe.questionbank.QuestionBankApi.SetRef;

class DemoQuizTest {

    private static final Instant NOW = Instant.parse("2026-11-29T06:00:00Z");

    private final QuizRepository quizzes = mock(QuizRepository.class);
    private final QuizPublisher publisher = mock(QuizPublisher.class);
    private final QuestionBankApi bank = mock(QuestionBankApi.class);
    private final DemoQuiz demo = new DemoQuiz(quizzes, publisher, bank, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aCourseWithoutQuizzesGetsAnOpenDemoQuizFromTheShippedSet() {
        when(bank.sets()).thenReturn(List.of(new SetRef(7, "kazakhstan-2022", "Set", "r", 67, true)));
        when(publisher.publish(anyLong(), any())).thenReturn(new QuizPublisher.Outcome(Optional.of(1L), List.of()));

        demo.run(null);

        var settings = ArgumentCaptor.forClass(QuizSettings.class);
        verify(publisher).publish(org.mockito.ArgumentMatchers.eq(7L), settings.capture());
        assertThat(settings.getValue().window().open()).isBefore(NOW);
        assertThat(settings.getValue().window().close()).isAfter(NOW);
        assertThat(settings.getValue().drawRules()).extracting(DrawRule::count).containsExactly(15);
    }

    @Test
    void aCourseThatHasQuizzesOrNoGroundedShippedSetGetsNone() {
        when(quizzes.count()).thenReturn(1L);
        demo.run(null);
        when(quizzes.count()).thenReturn(0L);
        when(bank.sets()).thenReturn(List.of(new SetRef(7, "kazakhstan-2022", "Set", "r", 67, false)));
        demo.run(null);

        verify(publisher, never()).publish(anyLong(), any());
    }
}
