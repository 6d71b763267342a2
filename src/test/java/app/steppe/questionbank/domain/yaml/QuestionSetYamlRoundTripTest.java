package app.steppe.questionbank.domain.yaml;

import static app.steppe.questionbank.domain.SampleQuestions.aSetWithEveryTypeAndEveryOptionalField;
import static app.steppe.questionbank.domain.SampleQuestions.question;
import static app.steppe.questionbank.domain.yaml.YamlFiles.accepted;
import static app.steppe.questionbank.domain.yaml.YamlFiles.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.steppe.questionbank.domain.AcceptedText;
import app.steppe.questionbank.domain.ChoiceOption;
import app.steppe.questionbank.domain.Citation;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.QuestionSetContent;
import app.steppe.questionbank.domain.QuestionType;
import app.steppe.questionbank.domain.ShortText;
import app.steppe.questionbank.domain.SingleChoice;

class QuestionSetYamlRoundTripTest {

    private final QuestionSetYamlWriter writer = new QuestionSetYamlWriter();
    private final QuestionSetYamlReader reader = new QuestionSetYamlReader();
    private final QuestionSetContent everyType = aSetWithEveryTypeAndEveryOptionalField();

    @Test
    void readsBackASetWithEveryTypeAndEveryOptionalFieldAsAnEqualModel() {
        assertThat(everyType.questions().stream().map(QuestionContent::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(QuestionType.values());

        assertThat(readBack(everyType)).isEqualTo(everyType);
    }

    @Test
    void writesTheSameTextAgainForWhatItReadBack() {
        String written = writer.write(everyType);

        assertThat(writer.write(readBack(everyType))).isEqualTo(written);
    }

    @Test
    void readsBackAHandWrittenFileAsTheSameModel() {
        QuestionSetContent handWritten = accepted(reader.read("every-type.yaml", resource("every-type.yaml"))).set();

        assertThat(readBack(handWritten)).isEqualTo(handWritten);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"true", "no", "null", "~", "2030", "0.5", "1e3", "- a list?", "key: value", "# not a comment",
            "'single'", "\"double\"", "trailing space ", " leading space", "[[1]] gap", "{ braces }", "@at", "`tick`",
            "% percent", "tab\there", "emoji \uD83C\uDDF0\uD83C\uDDFF", "curly “quotes” and ‘apostrophes’", "back\\slash",
            "line one\nline two", "ends with newline\n", "two trailing newlines\n\n", "  indented first line\nsecond",
            "trailing spaces on a line   \nnext", "\nstarts with a newline", "windows\r\nline ending", "*star", "&amp", "!bang",
            "|pipe", ">greater", "a: b\nc: d", "...", "---", "é composed vs e\u0301 decomposed"})
    void readsBackAwkwardTextExactly(String awkward) {
        QuestionSetContent set = setWith(new QuestionContent("awkward", "Prompt: " + awkward, BigDecimal.ONE, List.of(awkward),
                awkward, List.of(new Citation("kazakhstan-crisis-china", "the quote is " + awkward)),
                new SingleChoice(List.of(new ChoiceOption(awkward, true, awkward), ChoiceOption.wrong("other " + awkward)), true)));

        assertThat(readBack(set)).isEqualTo(set);
    }

    @Test
    void writesQuotesFromTheSetsReadingAsPlainStringsAndOthersAsMappings() {
        String yaml = writer.write(everyType);

        assertThat(yaml).contains("\n      - Russia has strengthened its reputation as a “security provider.”\n")
                .contains("\n      - {reading: another-reading, quote: a quote from another reading}\n");
    }

    @Test
    void writesMultiLineMarkdownAsLiteralBlocks() {
        String yaml = writer.write(everyType);

        assertThat(yaml).contains("""
                    prompt: |
                      Which country has strengthened its reputation as a *security provider*?

                      > Choose **one**.
                """);
        assertThat(yaml).startsWith("""
                set: kazakhstan-2022
                title: China, Russia and the January 2022 crisis in Kazakhstan
                description: |
                """);
    }

    @Test
    void leavesOutOptionalKeysThatAreNotUsed() {
        QuestionSetContent plain = setWith(question("plain", new ShortText(List.of(AcceptedText.fullCredit("Zhang Xiao")), false)));

        assertThat(writer.write(plain)).doesNotContain("description:", "tags:", "explanation:", "case_sensitive:", "credit:")
                .contains("answers:\n      - Zhang Xiao\n");
    }

    private QuestionSetContent readBack(QuestionSetContent set) {
        return accepted(reader.read("written.yaml", writer.writeUtf8(set))).set();
    }

    private static QuestionSetContent setWith(QuestionContent question) {
        return new QuestionSetContent("a-set", "A set", null, "kazakhstan-crisis-china", List.of(), List.of(question));
    }
}
