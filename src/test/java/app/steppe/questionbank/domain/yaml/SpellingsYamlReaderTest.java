package app.steppe.questionbank.domain.yaml;

import static app.steppe.questionbank.domain.yaml.YamlFiles.accepted;
import static app.steppe.questionbank.domain.yaml.YamlFiles.problems;
import static app.steppe.questionbank.domain.yaml.YamlFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.matching.SpellingEquivalents;

class SpellingsYamlReaderTest {

    private final SpellingsYamlReader reader = new SpellingsYamlReader();

    @Test
    void readsGroupsOfEquivalentSpellings() {
        SpellingEquivalents equivalents = accepted(reader.read("spellings.yaml", utf8("""
                equivalents:
                  - [Tokayev, Toqaev, Tokaev]
                  - [Nazarbayev, Nazarbaev]
                  - - Kassym-Jomart Tokayev
                    - Qasym-Jomart Toqaev
                """)));

        assertThat(equivalents.groups()).containsExactly(
                List.of("Tokayev", "Toqaev", "Tokaev"), List.of("Nazarbayev", "Nazarbaev"),
                List.of("Kassym-Jomart Tokayev", "Qasym-Jomart Toqaev"));
        assertThat(equivalents.canonicalise("Nazarbaev", false)).isEqualTo("nazarbayev");
    }

    @Test
    void refusesAGroupWithASingleSpellingAndAnEmptySpelling() {
        List<YamlProblem> problems = problems(reader.read("spellings.yaml", utf8("""
                equivalents:
                  - [Tokayev]
                  - [Nazarbayev, "  "]
                """)));

        assertThat(problems).extracting(YamlFiles::seen).containsExactly(
                "2 null spellings.group.tooSmall", "3 null spellings.spelling.missing");
    }

    @Test
    void refusesASpellingInTwoGroupsWhateverItsCase() {
        List<YamlProblem> problems = problems(reader.read("spellings.yaml", utf8("""
                equivalents:
                  - [Tokayev, Toqaev]
                  - [Nazarbayev, Nazarbaev]
                  - [TOQAEV, Tokaev]
                """)));

        assertThat(problems).extracting(YamlFiles::seen).containsExactly("4 null spellings.spelling.inTwoGroups");
        assertThat(problems.get(0).args()).containsExactly("TOQAEV", 1, 3);
    }

    @Test
    void refusesAnythingButAListOfListsUnderEquivalents() {
        assertThat(problems(reader.read("spellings.yaml", utf8("equivalents:\n  - Tokayev\nspelling: []\n"))))
                .extracting(YamlFiles::seen).containsExactly("2 null yaml.expectedList", "3 null yaml.unknownKey");
        assertThat(problems(reader.read("spellings.yaml", utf8("groups: []\n"))))
                .extracting(YamlProblem::messageKey).containsExactly("yaml.unknownKey", "yaml.missingKey");
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        assertThat(problems(reader.read("spellings.yaml", new byte[] {'e', 'q', ':', ' ', (byte) 0xC3, (byte) 0x28})))
                .extracting(YamlFiles::seen).containsExactly("1 null yaml.notUtf8");
    }
}
