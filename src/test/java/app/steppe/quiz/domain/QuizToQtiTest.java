package app.steppe.quiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.QtiQuizOutline;
import app.steppe.questionbank.QtiQuizOutline.Draw;
import app.steppe.quiz.GradingMethod;
import app.steppe.quiz.Navigation;
import app.steppe.quiz.ReviewTiming;

class QuizToQtiTest {

    private static final Instant OPEN = Instant.parse("2026-12-01T04:00:00Z");

    private static QuizSettings aQuiz(Optional<TimeLimit> limit, boolean shuffle, Navigation navigation,
            List<DrawRule> draws) {
        ReviewTiming now = ReviewTiming.IMMEDIATELY;
        return new QuizSettings("Midterm", "", limit, new QuizWindow(OPEN, OPEN.plusSeconds(3600)), 1,
                GradingMethod.HIGHEST, shuffle, false, draws, navigation, new ReviewOptions(now, now, now, now),
                new PassingGrade(50));
    }

    @Test
    void aTimedShuffledSequentialQuizKeepsItsLimitOrderAndNavigation() {
        QtiQuizOutline outline = QuizToQti.outline(aQuiz(Optional.of(TimeLimit.ofMinutes(25)), true,
                Navigation.SEQUENTIAL, List.of(new DrawRule(Optional.empty(), 4))));

        assertThat(outline).isEqualTo(new QtiQuizOutline("Midterm", Optional.of(Duration.ofMinutes(25)), true, true,
                List.of(new Draw(Optional.empty(), 4))));
    }

    @Test
    void tagDrawsComeBeforeWholeSetDrawsAsAttemptsDealThem() {
        QtiQuizOutline outline = QuizToQti.outline(aQuiz(Optional.empty(), false, Navigation.FREE, List.of(
                new DrawRule(Optional.empty(), 3), new DrawRule(Optional.of("china"), 2),
                new DrawRule(Optional.of("people"), 1))));

        assertThat(outline.timeLimit()).isEmpty();
        assertThat(outline.shuffle()).isFalse();
        assertThat(outline.linear()).isFalse();
        assertThat(outline.draws()).containsExactly(new Draw(Optional.of("china"), 2),
                new Draw(Optional.of("people"), 1), new Draw(Optional.empty(), 3));
    }

    @Test
    void aQuizWithoutDrawsTakesTheWholeSet() {
        assertThat(QuizToQti.outline(aQuiz(Optional.empty(), false, Navigation.FREE, List.of())).draws()).isEmpty();
    }
}
