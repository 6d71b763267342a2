package app.steppe.questionbank.domain.yaml;

import static app.steppe.questionbank.domain.yaml.QuestionSetYamlReaderTest.aTrueFalseQuestion;
import static app.steppe.questionbank.domain.yaml.QuestionSetYamlReaderTest.minimalSet;
import static app.steppe.questionbank.domain.yaml.YamlFiles.problems;
import static app.steppe.questionbank.domain.yaml.YamlFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuestionSetYamlReaderProblemsTest {

    private final QuestionSetYamlReader reader = new QuestionSetYamlReader();

    @Test
    void reportsASyntaxErrorWithFileNameAndLine() {
        List<YamlProblem> problems = read("""
                set: a-set
                title: A set
                  reading: [unclosed
                questions: []
                """);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).fileName()).isEqualTo("questions.yaml");
        assertThat(problems.get(0).line()).isEqualTo(3);
        assertThat(problems.get(0).messageKey()).isEqualTo("yaml.syntax");
        assertThat(problems.get(0).args()[0]).asString().contains("mapping values are not allowed here");
    }

    @Test
    void reportsAnUnknownTypeWithTheQuestionIdAndLine() {
        List<YamlProblem> problems = read(minimalSet("""
                  - id: odd-one
                    type: multiple_choice
                    prompt: Which?
                    cite: ["China adopted a wait-and-see approach"]
                """));

        assertThat(problems).extracting(YamlFiles::seen).containsExactly("6 odd-one question.type.unknown");
        assertThat(problems.get(0).args()[0]).isEqualTo("multiple_choice");
        assertThat(problems.get(0).args()[1]).asString().contains("single_choice", "multiple_response", "essay");
    }

    @Test
    void reportsUnknownKeysInTheSetAndInQuestions() {
        List<YamlProblem> problems = read("""
                set: a-set
                title: A set
                reading: kazakhstan-crisis-china
                author: someone
                questions:
                  - id: misspelt
                    type: single_choice
                    prompt: Which?
                    cite: ["China adopted a wait-and-see approach"]
                    optoins: [a, b]
                    options:
                      - { text: Russia, correct: true, feedbak: yes }
                      - { text: China }
                """);

        assertThat(problems).extracting(YamlFiles::seen).containsExactly(
                "4 null yaml.unknownKey",
                "10 misspelt yaml.unknownKey",
                "12 misspelt yaml.unknownKey");
        assertThat(problems.get(1).args()[0]).isEqualTo("optoins");
        assertThat(problems.get(1).args()[1]).asString().contains("options", "shuffle", "prompt");
        assertThat(problems.get(2).path()).isEqualTo("questions[0].options[0].feedbak");
    }

    @Test
    void reportsASingleChoiceWithoutACorrectOptionAtItsOptions() {
        List<YamlProblem> problems = read(minimalSet("""
                  - id: no-right-answer
                    type: single_choice
                    prompt: Which?
                    cite: ["China adopted a wait-and-see approach"]
                    options:
                      - Russia
                      - China
                """));

        // options written as plain strings are not option mappings
        assertThat(problems).extracting(YamlFiles::seen).containsExactly(
                "10 no-right-answer yaml.expectedMapping", "11 no-right-answer yaml.expectedMapping");

        List<YamlProblem> noneCorrect = read(minimalSet("""
                  - id: no-right-answer
                    type: single_choice
                    prompt: Which?
                    cite: ["China adopted a wait-and-see approach"]
                    options:
                      - text: Russia
                      - text: China
                """));
        assertThat(noneCorrect).extracting(YamlFiles::seen)
                .containsExactly("10 no-right-answer question.options.correct.notExactlyOne");
        assertThat(noneCorrect.get(0).path()).isEqualTo("questions[0].options");
    }

    @Test
    void reportsANumericQuestionWithoutAnAnswer() {
        List<YamlProblem> problems = read(minimalSet("""
                  - id: how-many
                    type: numeric
                    prompt: How many?
                    cite: ["the 2,030-strong contingent sent by the Collective"]
                    unit: troops
                """));

        assertThat(problems).extracting(YamlFiles::seen).containsExactly("5 how-many yaml.missingKey");
        assertThat(problems.get(0).args()).containsExactly("answer");
    }

    @Test
    void reportsARepeatedQuestionIdAtItsSecondUse() {
        List<YamlProblem> problems = read(minimalSet(aTrueFalseQuestion("same-id") + aTrueFalseQuestion("other") + aTrueFalseQuestion("same-id")));

        assertThat(problems).extracting(YamlFiles::seen).containsExactly("15 same-id question.id.duplicate");
        assertThat(problems.get(0).args()).containsExactly("same-id", 1);
    }

    @Test
    void reportsARepeatedKey() {
        List<YamlProblem> problems = read(minimalSet("""
                  - id: twice
                    type: true_false
                    prompt: China adopted a wait-and-see approach.
                    prompt: Again?
                    cite: ["China adopted a wait-and-see approach"]
                    answer: true
                """));

        assertThat(problems).extracting(YamlFiles::seen).containsExactly("8 twice yaml.duplicateKey");
    }

    @Test
    void reportsBrokenLimitsAtTheLineOfTheValue() {
        List<YamlProblem> problems = read(minimalSet("""
                  - id: too-much
                    type: true_false
                    points: 150
                    prompt: %s
                    cite:
                      - short
                    answer: false
                """.formatted("p".repeat(5_001))));

        assertThat(problems).extracting(YamlFiles::seen).containsExactly(
                "7 too-much question.points.outOfRange",
                "8 too-much question.prompt.tooLong",
                "10 too-much citation.quote.tooShort");
    }

    @Test
    void reportsEveryProblemInTheFileInLineOrder() {
        List<YamlProblem> problems = read("""
                set: Not A Slug
                title: A set
                reading: kazakhstan-crisis-china
                questions:
                  - id: first
                    type: essay
                    prompt: Discuss.
                    cite: ["China adopted a wait-and-see approach"]
                    rubric: Anything
                    max_words: 1.5
                  - id: second
                    type: ordering
                    prompt: Order these.
                    cite: ["China adopted a wait-and-see approach"]
                    items: [one, two]
                  - id: third
                    type: matching
                    prompt: Match.
                    cite: ["China adopted a wait-and-see approach"]
                    pairs: [{ left: a, right: b }]
                """);

        assertThat(problems).extracting(YamlFiles::seen).containsExactly(
                "1 null set.slug.invalid",
                "10 first yaml.expectedInteger",
                "15 second question.items.tooFew",
                "20 third question.pairs.tooFew");
    }

    @Test
    void reportsValuesOfTheWrongKind() {
        List<YamlProblem> problems = read(minimalSet("""
                  - id: kinds
                    type: multiple_response
                    points: lots
                    tags: csto
                    prompt: [not, text]
                    cite: ["China adopted a wait-and-see approach"]
                    options:
                      - { text: Russia, correct: maybe }
                      - { text: China }
                    scoring: best_guess
                  - id: numbers
                    type: numeric
                    prompt: How many?
                    cite: ["China adopted a wait-and-see approach"]
                    answer: { value: 2030, tolerance: about 5 }
                  - id: blanks
                    type: fill_blanks
                    prompt: Fill in.
                    cite: ["China adopted a wait-and-see approach"]
                    text: "[[1]]"
                    blanks:
                      - { answers: [a], choices: [a, b], answer: a }
                """));

        assertThat(problems).extracting(YamlFiles::seen).containsExactly(
                "7 kinds yaml.expectedNumber",
                "8 kinds yaml.expectedList",
                "9 kinds yaml.expectedText",
                "12 kinds yaml.expectedBoolean",
                "14 kinds yaml.unknownValue",
                "19 numbers yaml.expectedTolerance",
                "26 blanks yaml.blankKind");
    }

    @Test
    void reportsEmptyListItems() {
        List<YamlProblem> problems = read(minimalSet("""
                  - id: gaps
                    type: short_text
                    prompt: Who?
                    cite:
                      - "China adopted a wait-and-see approach"
                      -
                    answers: [Zhang Xiao, ~]
                """));

        assertThat(problems).extracting(YamlFiles::seen).containsExactly("10 gaps yaml.emptyItem", "11 gaps yaml.emptyItem");
    }

    @Test
    void reportsARootThatIsNotAMappingAndAnEmptyFile() {
        assertThat(read("- just\n- a list\n")).extracting(YamlFiles::seen).containsExactly("1 null yaml.expectedMapping");
        assertThat(read("")).extracting(YamlFiles::seen).containsExactly("0 null yaml.empty");
        assertThat(read("# only a comment\n")).extracting(YamlFiles::seen).containsExactly("0 null yaml.empty");
    }

    @Test
    void reportsMissingKeysOfTheSet() {
        assertThat(read("title: A set\n")).extracting(YamlFiles::seen).containsExactly(
                "1 null yaml.missingKey", "1 null yaml.missingKey", "1 null yaml.missingKey");
    }

    @Test
    void reportsAMissingReadingOnceNotForEveryQuote() {
        String withoutReading = minimalSet(aTrueFalseQuestion("one") + aTrueFalseQuestion("two"))
                .replace("reading: kazakhstan-crisis-china\n", "");

        assertThat(read(withoutReading)).extracting(YamlFiles::seen).containsExactly("1 null yaml.missingKey");
    }

    @Test
    void refusesASecondDocumentInTheFile() {
        assertThat(read(minimalSet(aTrueFalseQuestion("one")) + "---\nset: another\n"))
                .extracting(YamlFiles::seen).containsExactly("10 null yaml.syntax");
    }

    @Test
    void refusesMergeKeysAsUnknownKeys() {
        List<YamlProblem> problems = read("""
                defaults: &defaults
                  type: true_false
                """ + minimalSet("""
                  - <<: *defaults
                    id: merged
                    prompt: China adopted a wait-and-see approach.
                    cite: ["China adopted a wait-and-see approach"]
                    answer: true
                """));

        assertThat(problems).extracting(YamlProblem::messageKey).contains("yaml.unknownKey", "yaml.missingKey");
    }

    private List<YamlProblem> read(String yaml) {
        return problems(reader.read("questions.yaml", utf8(yaml)));
    }
}
