package app.steppe.gradebook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1"})
    void aValueASpreadsheetWouldRunIsPrefixedWithAnApostrophe(String value) {
        assertThat(SpreadsheetCells.neutralised(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Айгерім Сәрсенова", "Иван Петров", "72.50", "Essay: a = b", "'quoted"})
    void ordinaryValuesAreLeftAlone(String value) {
        assertThat(SpreadsheetCells.neutralised(value)).isEqualTo(value);
    }

    @Test
    void nothingIsAnEmptyCell() {
        assertThat(SpreadsheetCells.neutralised(null)).isEmpty();
        assertThat(SpreadsheetCells.neutralised("")).isEmpty();
    }
}
