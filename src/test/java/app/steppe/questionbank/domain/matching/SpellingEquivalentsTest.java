package app.steppe.questionbank.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpellingEquivalentsTest {

    private final SpellingEquivalents equivalents = SpellingEquivalents.of(List.of(
            List.of("Tokayev", "Toqaev", "Tokaev"),
            List.of("Nazarbayev", "Nazarbaev"),
            List.of("Nur-Sultan", "Nursultan", "Astana"),
            List.of("Kassym-Jomart Tokayev", "Qasym-Jomart Toqaev")));

    @Test
    void replacesEachSpellingByTheFirstOfItsGroup() {
        assertThat(equivalents.canonicalise("Toqaev", false)).isEqualTo("tokayev");
        assertThat(equivalents.canonicalise("Tokaev and Nazarbaev", false)).isEqualTo("tokayev and nazarbayev");
    }

    @Test
    void replacesSpellingsOfSeveralWords() {
        assertThat(equivalents.canonicalise("president Qasym-Jomart Toqaev", false))
                .isEqualTo("president kassym jomart tokayev");
        assertThat(equivalents.canonicalise("Astana", false)).isEqualTo("nur sultan");
        assertThat(equivalents.canonicalise("nur sultan", false)).isEqualTo("nur sultan");
    }

    @Test
    void leavesWordsOutsideAnyGroupAlone() {
        assertThat(equivalents.canonicalise("Zhang Xiao", false)).isEqualTo("zhang xiao");
        assertThat(SpellingEquivalents.none().canonicalise("Toqaev", false)).isEqualTo("toqaev");
    }

    @Test
    void respectsCaseForCaseSensitiveAnswers() {
        assertThat(equivalents.canonicalise("Toqaev", true)).isEqualTo("Tokayev");
        assertThat(equivalents.canonicalise("toqaev", true)).isEqualTo("toqaev");
    }

    @Test
    void refusesASpellingInTwoGroups() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SpellingEquivalents.of(List.of(List.of("Tokayev", "Toqaev"), List.of("TOQAEV", "Tokaev"))))
                .withMessageContaining("groups 1 and 2");
    }

    @Test
    void refusesAnEmptyGroup() {
        assertThatIllegalArgumentException().isThrownBy(() -> SpellingEquivalents.of(List.of(List.of())));
    }
}
