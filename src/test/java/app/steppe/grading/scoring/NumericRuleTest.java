package app.steppe.grading.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.steppe.questionbank.domain.AcceptedNumber;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.Tolerance;

class NumericRuleTest {

    /** How many troops did the CSTO send? Exactly 2,030. */
    private final Numeric cstoContingentSize = new Numeric(AcceptedNumber.exactly(new BigDecimal("2030")), List.of(), null);

    /** How long is the border between China and Kazakhstan? 1,782 km, within 2 %. */
    private final Numeric borderLengthWithinTwoPercent = new Numeric(
            new AcceptedNumber(new BigDecimal("1782"), new Tolerance.Percent(new BigDecimal("2")), BigDecimal.ONE),
            List.of(), "km");

    /** 1,782 km exactly; the rounded 1,800 km earns half. */
    private final Numeric borderLengthWithRoundedFigureForHalf = new Numeric(
            AcceptedNumber.exactly(new BigDecimal("1782")),
            List.of(new AcceptedNumber(new BigDecimal("1800"), Tolerance.EXACT, new BigDecimal("0.5"))),
            "km");

    @ParameterizedTest
    @ValueSource(strings = {"2030", "2,030", "2030 troops", "2 030", " about 2,030 soldiers "})
    void readsTheNumberHoweverTheStudentWroteIt(String typed) {
        assertThat(NumericRule.score(cstoContingentSize, new TextResponse(typed))).isEqualTo(Mark.full());
    }

    @Test
    void givesNothingForAnotherNumber() {
        assertThat(NumericRule.score(cstoContingentSize, new TextResponse("2,500"))).isEqualTo(Mark.zero());
    }

    @Test
    void acceptsANumberWithItsUnit() {
        assertThat(NumericRule.score(borderLengthWithRoundedFigureForHalf, new TextResponse("1,782 km")))
                .isEqualTo(Mark.full());
    }

    @Test
    void acceptsANumberWithinAPercentageTolerance() {
        // 2 % of 1,782 is 35.64: 1,817 is inside, 1,818 outside
        assertThat(NumericRule.score(borderLengthWithinTwoPercent, new TextResponse("1800"))).isEqualTo(Mark.full());
        assertThat(NumericRule.score(borderLengthWithinTwoPercent, new TextResponse("1,817 km"))).isEqualTo(Mark.full());
        assertThat(NumericRule.score(borderLengthWithinTwoPercent, new TextResponse("1818"))).isEqualTo(Mark.zero());
    }

    @Test
    void givesTheCreditOfAnAlsoAcceptedValue() {
        assertThat(NumericRule.score(borderLengthWithRoundedFigureForHalf, new TextResponse("1,800 km")).fraction())
                .isEqualTo(new BigDecimal("0.5000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"about two thousand", "", "   ", "2030 or 2040"})
    void givesNothingWhenTheAnswerHoldsNoSingleNumber(String typed) {
        assertThat(NumericRule.score(cstoContingentSize, new TextResponse(typed))).isEqualTo(Mark.zero());
    }
}
