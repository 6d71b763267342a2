package app.steppe.questionbank.domain.yaml;

import static app.steppe.questionbank.domain.yaml.YamlFiles.accepted;
import static app.steppe.questionbank.domain.yaml.YamlFiles.resource;
import static app.steppe.questionbank.domain.yaml.YamlFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.steppe.questionbank.domain.AcceptedNumber;
import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.Blank;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.Citation;
import app.steppe.questionbank.domain.Essay;
import app.steppe.questionbank.domain.FillBlanks;
import app.steppe.questionbank.domain.MatchPair;
import app.steppe.questionbank.domain.Matching;
import app.steppe.questionbank.domain.MultipleResponse;
import app.steppe.questionbank.domain.Numeric;
import app.steppe.questionbank.domain.Ordering;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.QuestionSetContent;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;
import app.steppe.questionbank.domain.Tolerance;
import app.steppe.questionbank.domain.TrueFalse;

class QuestionSetYamlReaderTest {

    private final QuestionSetYamlReader reader = new QuestionSetYamlReader();
    private final ParsedQuestionSet parsed = accepted(reader.read("every-type.yaml", resource("every-type.yaml")));
    private final QuestionSetContent set = parsed.set();

    @Test
    void readsTheSetsOwnFields() {
        assertThat(set.slug()).isEqualTo("kazakhstan-2022");
        assertThat(set.title()).isEqualTo("China, Russia and the January 2022 crisis in Kazakhstan");
        assertThat(set.description()).isEqualTo("Questions on the course reading.\n");
        assertThat(set.readingSlug()).isEqualTo("kazakhstan-crisis-china");
        assertThat(set.tags()).containsExactly("kazakhstan", "china", "russia");
        assertThat(set.questions()).hasSize(9);
    }

    @Test
    void readsANumericQuestionWithExactValuesAndPartialCredit() {
        QuestionContent question = set.questions().get(0);

        assertThat(question.slug()).isEqualTo("csto-contingent-size");
        assertThat(question.points()).isEqualTo(BigDecimal.ONE);
        assertThat(question.tags()).containsExactly("csto", "figures");
        assertThat(question.prompt()).isEqualTo("How many troops made up the contingent that the CSTO sent to Kazakhstan?\n");
        assertThat(question.explanation()).isEqualTo("The article speaks of \"the 2,030-strong contingent\".\n");
        assertThat(question.answer()).isEqualTo(new Numeric(
                new AcceptedNumber(new BigDecimal("2030"), new Tolerance.Absolute(BigDecimal.ZERO), BigDecimal.ONE),
                List.of(new AcceptedNumber(new BigDecimal("2000"), new Tolerance.Percent(new BigDecimal("2")), new BigDecimal("0.5"))),
                "troops"));
    }

    @Test
    void readsPlainQuotesAsQuotesFromTheSetsReadingAndMappingsAsQuotesFromAnother() {
        assertThat(set.questions().get(1).citations()).containsExactly(
                new Citation("kazakhstan-crisis-china", "Russia has strengthened its reputation as a “security provider.”"),
                new Citation("another-reading", "a quote from another reading"));
    }

    @Test
    void readsOptionsWithTheirDefaultsAndKeepsWordsLikeNoAsText() {
        assertThat(set.questions().get(1).points()).isEqualByComparingTo("0.5");
        assertThat(set.questions().get(1).answer()).isEqualTo(new SingleChoice(List.of(
                new ChoiceOption("Russia", true, "Paragraph 3."), ChoiceOption.wrong("China"), ChoiceOption.wrong("no")), false));
        assertThat(set.questions().get(2).answer()).isEqualTo(new MultipleResponse(
                List.of(ChoiceOption.right("Russia"), ChoiceOption.wrong("China")), MultipleResponse.Scoring.ALL_OR_NOTHING));
    }

    @Test
    void readsTheOtherTypes() {
        assertThat(set.questions().get(3).answer()).isEqualTo(new TrueFalse(true, null, "Read paragraph 4 again."));
        assertThat(set.questions().get(4).answer()).isEqualTo(new ShortText(
                List.of(AcceptedText.fullCredit("Zhang Xiao"), new AcceptedText("Zhang", new BigDecimal("0.5"))), false));
        assertThat(set.questions().get(5).answer()).isEqualTo(new Matching(List.of(
                new MatchPair("Zhang Xiao", "China's ambassador to Kazakhstan"), new MatchPair("Yuan Peng", "President of CICIR")),
                List.of("Kazakh foreign minister")));
        assertThat(set.questions().get(6).answer()).isEqualTo(new Ordering(
                List.of("Attempted coup in the USSR", "Belovezh Agreements", "CSTO deployment in Kazakhstan")));
        assertThat(set.questions().get(7).answer()).isEqualTo(new FillBlanks("The [[1]] sent a [[2]]-strong contingent.", List.of(
                new Blank.Choice(List.of("CSTO", "SCO"), "CSTO"),
                new Blank.Typed(List.of(AcceptedText.fullCredit("2,030"), AcceptedText.fullCredit("2030"))))));
        assertThat(set.questions().get(8).answer()).isEqualTo(new Essay("- Names the division of labour\n", 300));
        assertThat(set.questions().get(8).points()).isEqualByComparingTo("10");
    }

    @Test
    void exposesEachCitationWithItsLineAndQuestionForTheImporter() {
        assertThat(parsed.citations()).hasSize(10);
        assertThat(parsed.citations().get(0)).isEqualTo(new LocatedCitation("csto-contingent-size", "questions[0].cite[0]", 15,
                new Citation("kazakhstan-crisis-china",
                        "the 2,030-strong contingent sent by the Collective Security Treaty Organization (CSTO)")));
        assertThat(parsed.citations().get(2).line()).isEqualTo(28);
        assertThat(parsed.citations().get(2).questionId()).isEqualTo("security-provider");
    }

    @Test
    void remembersTheLineOfEachQuestion() {
        assertThat(parsed.lineOfQuestion()).containsEntry("csto-contingent-size", 9).containsEntry("security-provider", 22);
        assertThat(parsed.fileName()).isEqualTo("every-type.yaml");
    }

    @Test
    void readsNumbersFromTheirTextWithoutRounding() {
        String yaml = minimalSet("""
                  - id: tiny
                    type: numeric
                    prompt: A tenth?
                    cite: ["only Russia was an active player in recent events"]
                    answer: { value: 0.1, tolerance: 0.000001 }
                    also: [ { value: 1_000, tolerance: "2.5 %", credit: 0.25 } ]
                """);

        Numeric numeric = (Numeric) accepted(reader.read("tiny.yaml", utf8(yaml))).set().questions().get(0).answer();

        assertThat(numeric.answer().value()).isEqualTo(new BigDecimal("0.1"));
        assertThat(numeric.answer().tolerance()).isEqualTo(new Tolerance.Absolute(new BigDecimal("0.000001")));
        assertThat(numeric.alsoAccepted().get(0).value()).isEqualTo(new BigDecimal("1000"));
        assertThat(numeric.alsoAccepted().get(0).tolerance()).isEqualTo(new Tolerance.Percent(new BigDecimal("2.5")));
    }

    @Test
    void acceptsAByteOrderMark() {
        byte[] withBom = utf8("\uFEFF" + minimalSet(aTrueFalseQuestion("with-bom")));

        assertThat(accepted(reader.read("bom.yaml", withBom)).set().questions()).hasSize(1);
    }

    static String minimalSet(String questions) {
        return """
                set: a-set
                title: A set
                reading: kazakhstan-crisis-china
                questions:
                """ + questions;
    }

    static String aTrueFalseQuestion(String id) {
        return """
                  - id: %s
                    type: true_false
                    prompt: China adopted a wait-and-see approach.
                    cite: ["China adopted a wait-and-see approach"]
                    answer: true
                """.formatted(id);
    }
}
