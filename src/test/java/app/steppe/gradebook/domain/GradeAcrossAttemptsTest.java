package app.steppe.gradebook.domain;

import static app.steppe.gradebook.domain.GradeAcrossAttempts.Taken.finished;
import static app.steppe.gradebook.domain.GradeAcrossAttempts.Taken.open;
import static app.steppe.gradebook.domain.GradeAcrossAttempts.Taken.provisional;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.steppe.gradebook.domain.GradeAcrossAttempts.Status;
import app.steppe.quiz.GradingMethod;

class GradeAcrossAttemptsTest {

    private static final List<GradeAcrossAttempts.Taken> THREE = List.of(finished(2, "90"), finished(1, "40"),
            finished(3, "65"));

    @Test
    void highestTakesTheBestFinishedAttempt() {
        var grade = GradeAcrossAttempts.of(GradingMethod.HIGHEST, THREE);
        assertThat(grade.percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("90"));
        assertThat(grade.status()).isEqualTo(Status.GRADED);
        assertThat(grade.attempts()).isEqualTo(3);
    }

    @Test
    void firstAndLastGoByAttemptNumberNotByListOrder() {
        assertThat(GradeAcrossAttempts.of(GradingMethod.FIRST, THREE).percent().orElseThrow()).isEqualByComparingTo("40");
        assertThat(GradeAcrossAttempts.of(GradingMethod.LAST, THREE).percent().orElseThrow()).isEqualByComparingTo("65");
    }

    @Test
    void averageIsTheMeanOfFinishedAttemptsToTwoDecimals() {
        // (90 + 40 + 65) / 3 = 65
        assertThat(GradeAcrossAttempts.of(GradingMethod.AVERAGE, THREE).percent().orElseThrow()).isEqualByComparingTo("65.00");
        // (100 + 0 + 0) / 3 = 33.333… → 33.33
        assertThat(GradeAcrossAttempts.of(GradingMethod.AVERAGE, List.of(finished(1, "100"), finished(2, "0"),
                finished(3, "0"))).percent().orElseThrow()).isEqualByComparingTo("33.33");
    }

    @Test
    void anOpenAttemptDoesNotCountButShowsTheStudentIsAtIt() {
        var grade = GradeAcrossAttempts.of(GradingMethod.LAST, List.of(finished(1, "70"), open(2)));
        assertThat(grade.percent().orElseThrow()).isEqualByComparingTo("70");
        assertThat(grade.status()).isEqualTo(Status.IN_PROGRESS);
        var onlyOpen = GradeAcrossAttempts.of(GradingMethod.HIGHEST, List.of(open(1)));
        assertThat(onlyOpen.percent()).isEmpty();
        assertThat(onlyOpen.status()).isEqualTo(Status.IN_PROGRESS);
    }

    @Test
    void noAttemptIsNotStarted() {
        var grade = GradeAcrossAttempts.of(GradingMethod.AVERAGE, List.of());
        assertThat(grade.status()).isEqualTo(Status.NOT_STARTED);
        assertThat(grade.percent()).isEmpty();
    }

    @Test
    void aPendingEssayMakesTheGradeProvisionalOnlyWhereItCanChangeIt() {
        var attempts = List.of(provisional(1, "30"), finished(2, "80"));
        // the essay of attempt 1 could still lift it above 80, and it is part of any average
        assertThat(GradeAcrossAttempts.of(GradingMethod.HIGHEST, attempts).provisional()).isTrue();
        assertThat(GradeAcrossAttempts.of(GradingMethod.HIGHEST, attempts).status()).isEqualTo(Status.NEEDS_GRADING);
        assertThat(GradeAcrossAttempts.of(GradingMethod.AVERAGE, attempts).provisional()).isTrue();
        assertThat(GradeAcrossAttempts.of(GradingMethod.FIRST, attempts).provisional()).isTrue();
        // the last attempt is graded: attempt 1 no longer matters
        var last = GradeAcrossAttempts.of(GradingMethod.LAST, attempts);
        assertThat(last.provisional()).isFalse();
        assertThat(last.status()).isEqualTo(Status.GRADED);
        assertThat(last.percent().orElseThrow()).isEqualByComparingTo("80");
    }
}
