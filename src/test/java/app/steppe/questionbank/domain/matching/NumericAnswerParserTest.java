package app.steppe.questionbank.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericAnswerParserTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "2,030|2030",
            "2030|2030",
            "2 030|2030",
            "2\u202F030|2030",
            "2\u00A0030|2030",
            "2030 troops|2030",
            "1,782 km|1782",
            "about 1782 km|1782",
            "-5|-5",
            "\u22125|-5",
            "+5|5",
            "3,5|3.5",
            "3.5|3.5",
            "1.234,5|1234.5",
            "1,234.5|1234.5",
            "1,234,567|1234567",
            "1.234.567|1234567",
            "1'234|1234",
            "0,500|0.500",
            "roughly 2,030.|2030",
            "'  42  '|42",
            "\uFF12\uFF10\uFF13\uFF10|2030",
    })
    void readsTheOneNumberInAnAnswer(String answer, String expected) {
        assertThat(NumericAnswerParser.parse(answer)).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "   ", "many troops", "2030 or 2040", "2030 2040", "between 2,000 and 2,100",
            "1,2.5", "1.234.5", "1,23,4"})
    void refusesAnswersWithoutExactlyOneReadableNumber(String answer) {
        assertThat(NumericAnswerParser.parse(answer)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    void refusesNoAnswerAtAll(String answer) {
        assertThat(NumericAnswerParser.parse(answer)).isEmpty();
    }
}
