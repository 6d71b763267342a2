package app.steppe.grading.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.Essay;

class EssayRuleTest {

    private final Essay whyDidTheCstoIntervene = new Essay("Names the request from Tokayev and the CSTO treaty.", 300);

    @Test
    void leavesAWrittenEssayToAGraderWithNothingEarnedYet() {
        Mark mark = EssayRule.score(whyDidTheCstoIntervene, new EssayResponse("Because Tokayev asked for help."));

        assertThat(mark.needsManualGrading()).isTrue();
        assertThat(mark.fraction()).isZero();
    }

    @Test
    void givesNothingAndNeedsNoGraderForABlankEssay() {
        assertThat(EssayRule.score(whyDidTheCstoIntervene, new EssayResponse("  \n "))).isEqualTo(Mark.zero());
    }
}
