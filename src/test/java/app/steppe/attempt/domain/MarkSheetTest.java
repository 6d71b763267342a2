package app.steppe.attempt.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MarkSheetTest {

    private static final QuestionKey CHOICE = new QuestionKey(1);
    private static final QuestionKey ESSAY = new QuestionKey(2);

    /** A multiple-choice question scored 1 of 2 by the machine and an essay of 4 points waiting for a grader. */
    private static MarkSheet aSheetWithAnEssayToGrade() {
        return new MarkSheet(List.of(
                new MarkSheet.Entry(CHOICE, new BigDecimal("2"), Optional.of(new BigDecimal("1.0000")), false, false, 0, null),
                new MarkSheet.Entry(ESSAY, new BigDecimal("4"), Optional.empty(), true, false, 0, null)));
    }

    private static BigDecimal points(String value) {
        return new BigDecimal(value);
    }

    @Test
    void gradingTheLastEssayMakesTheGradeFinalAndRecordsTheChange() {
        var sheet = aSheetWithAnEssayToGrade();
        assertThat(sheet.needsGrading()).isTrue();

        var result = sheet.grade(ESSAY, points("3.5"), "Good use of the passage", 0);

        assertThat(result.refusal()).isEmpty();
        var change = result.change().orElseThrow();
        assertThat(change.kind()).isEqualTo(MarkSheet.ChangeKind.MANUAL_GRADE);
        assertThat(change.oldPoints()).isEmpty();
        assertThat(change.newPoints()).isEqualByComparingTo("3.5");
        assertThat(sheet.needsGrading()).isFalse();
        assertThat(sheet.points().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("4.5");
        assertThat(sheet.entry(ESSAY).comment()).isEqualTo("Good use of the passage");
        assertThat(sheet.entry(ESSAY).revision()).isEqualTo(1);
    }

    @Test
    void pointsOutsideZeroToTheMaximumAreRefusedAndNothingChanges() {
        var sheet = aSheetWithAnEssayToGrade();
        assertThat(sheet.grade(ESSAY, points("4.01"), null, 0).refusal()).contains(MarkSheet.Refusal.POINTS_OUT_OF_RANGE);
        assertThat(sheet.grade(ESSAY, points("-1"), null, 0).refusal()).contains(MarkSheet.Refusal.POINTS_OUT_OF_RANGE);
        assertThat(sheet.grade(ESSAY, null, null, 0).refusal()).contains(MarkSheet.Refusal.POINTS_OUT_OF_RANGE);
        assertThat(sheet.entry(ESSAY).needsGrading()).isTrue();
        assertThat(sheet.entry(ESSAY).revision()).isZero();
    }

    @Test
    void aFormFilledInBeforeSomeoneElsesChangeIsRefusedAsStale() {
        var sheet = aSheetWithAnEssayToGrade();
        sheet.grade(ESSAY, points("2"), null, 0);

        var late = sheet.override(ESSAY, points("4"), "second reader", null, 0);

        assertThat(late.refusal()).contains(MarkSheet.Refusal.STALE);
        assertThat(sheet.entry(ESSAY).points()).contains(new BigDecimal("2.0000"));
    }

    @Test
    void anOverrideNeedsAReasonAndKeepsItWithTheOldAndNewPoints() {
        var sheet = aSheetWithAnEssayToGrade();
        assertThat(sheet.override(CHOICE, points("2"), "  ", null, 0).refusal()).contains(MarkSheet.Refusal.REASON_REQUIRED);

        var change = sheet.override(CHOICE, points("2"), " option B is also right ", null, 0).change().orElseThrow();

        assertThat(change.kind()).isEqualTo(MarkSheet.ChangeKind.OVERRIDE);
        assertThat(change.oldPoints()).contains(new BigDecimal("1.0000"));
        assertThat(change.newPoints()).isEqualByComparingTo("2");
        assertThat(change.reason()).isEqualTo("option B is also right");
        assertThat(sheet.entry(CHOICE).manual()).isTrue();
    }

    @Test
    void aRegradeChangesMachineMarksButNeverAMarkAPersonGaveNorAnEssayWaitingForOne() {
        var sheet = aSheetWithAnEssayToGrade();

        var regraded = sheet.regrade(CHOICE, new BigDecimal("1"), "regrade:v2");
        assertThat(regraded.change().orElseThrow().newPoints()).isEqualByComparingTo("2");
        assertThat(sheet.regrade(CHOICE, new BigDecimal("1"), "again").change()).as("unchanged mark").isEmpty();
        assertThat(sheet.regrade(ESSAY, new BigDecimal("1"), "regrade").change()).isEmpty();

        sheet.override(CHOICE, points("0.5"), "partly right", null, sheet.entry(CHOICE).revision());
        assertThat(sheet.regrade(CHOICE, new BigDecimal("0"), "regrade:v3").change()).isEmpty();
        assertThat(sheet.entry(CHOICE).points()).contains(new BigDecimal("0.5000"));
    }

    @Test
    void gradingAQuestionThatWaitsForNoGraderIsRefusedUseAnOverrideInstead() {
        assertThat(aSheetWithAnEssayToGrade().grade(CHOICE, points("2"), null, 0).refusal())
                .contains(MarkSheet.Refusal.NOT_AWAITING_GRADE);
        assertThat(aSheetWithAnEssayToGrade().grade(new QuestionKey(99), points("1"), null, 0).refusal())
                .contains(MarkSheet.Refusal.UNKNOWN_QUESTION);
    }
}
