package app.steppe.questionbank.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormaliserTest {

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Tókayev|tokayev",
            "Kassym-Jomart Tokayev|kassym jomart tokayev",
            "'  kassym   jomart\ttokayev '|kassym jomart tokayev",
            "“Security provider”!|security provider",
            "China’s ambassador|chinas ambassador",
            "China's ambassador|chinas ambassador",
            "Zhang Xiao.|zhang xiao",
            "2,030 troops|2030 troops",
            "3.5 per cent|3.5 per cent",
            "Almaty, Astana; Shymkent|almaty astana shymkent",
            "ﬁnal|final",
            "Nur\u00A0Sultan|nur sultan",
            "U.S. interference|us interference",
            "3.5 or 3,5|3.5 or 3 5",
    })
    void foldsWhatDoesNotMatterForComparingAnswers(String answer, String expected) {
        assertThat(TextNormaliser.normalise(answer, false)).isEqualTo(expected);
    }

    @Test
    void keepsCaseWhenTheQuestionIsCaseSensitive() {
        assertThat(TextNormaliser.normalise("  Tókayev’s  CSTO! ", true)).isEqualTo("Tokayevs CSTO");
    }

    @Test
    void turnsNoTextIntoAnEmptyString() {
        assertThat(TextNormaliser.normalise(null, false)).isEmpty();
        assertThat(TextNormaliser.normalise(" ?! ", false)).isEmpty();
    }
}
