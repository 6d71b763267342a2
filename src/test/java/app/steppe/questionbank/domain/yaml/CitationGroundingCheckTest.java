package app.steppe.questionbank.domain.yaml;

import static app.steppe.questionbank.domain.yaml.QuestionSetYamlReaderTest.minimalSet;
import static app.steppe.questionbank.domain.yaml.YamlFiles.accepted;
import static app.steppe.questionbank.domain.yaml.YamlFiles.resource;
import static app.steppe.questionbank.domain.yaml.YamlFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.CourseReading;

class CitationGroundingCheckTest {

    private final QuestionSetYamlReader reader = new QuestionSetYamlReader();
    private final CitationGroundingCheck check = new CitationGroundingCheck(slug -> switch (slug) {
        case CourseReading.SLUG -> Optional.of(CourseReading.paragraphs());
        case "another-reading" -> Optional.of(List.of("This is a quote from another reading, in its only paragraph."));
        default -> Optional.empty();
    });

    @Test
    void findsEveryQuoteOfAGroundedSetInItsReading() {
        ParsedQuestionSet parsed = accepted(reader.read("every-type.yaml", resource("every-type.yaml")));

        assertThat(check.check(parsed)).isEmpty();
    }

    @Test
    void reportsAMistypedQuoteWithFileLineQuestionAndClosestPassage() {
        ParsedQuestionSet parsed = accepted(reader.read("typo.yaml", utf8(minimalSet("""
                  - id: csto-contingent-size
                    type: numeric
                    prompt: How many?
                    cite:
                      - "China adopted a wait-and-see approach"
                      - "the 2,300-strong contingent sent by the Collective Security Treaty Organization"
                    answer: { value: 2030 }
                """))));

        List<YamlProblem> problems = check.check(parsed);

        assertThat(problems).extracting(YamlFiles::seen).containsExactly("10 csto-contingent-size citation.quote.notFound");
        assertThat(problems.get(0).fileName()).isEqualTo("typo.yaml");
        assertThat(problems.get(0).path()).isEqualTo("questions[0].cite[1]");
        Object[] args = problems.get(0).args();
        assertThat(args[0]).asString().contains("2,030-strong contingent");
        assertThat(args[1]).isEqualTo(2);
        assertThat((long) args[2]).isBetween(90L, 99L);
    }

    @Test
    void reportsAQuoteFromAReadingThatDoesNotExist() {
        ParsedQuestionSet parsed = accepted(reader.read("unknown.yaml", utf8(minimalSet("""
                  - id: elsewhere
                    type: true_false
                    prompt: True?
                    cite: [{ reading: no-such-reading, quote: "a quote from nowhere at all" }]
                    answer: true
                """))));

        assertThat(check.check(parsed)).extracting(YamlFiles::seen).containsExactly("8 elsewhere citation.reading.unknown");
    }
}
