package app.steppe.questionbank.domain.aiken;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * Moodle's Aiken cases (moodle/aiken/aiken-cases.json): its error file with the messages and line numbers Moodle
 * reports (here rendered from our message bundle), its two-question file, and its exporter's exact output.
 */
class AikenPeerCasesTest {

    private static final String ROOT = "/peer-fixtures/gift/moodle/aiken/";

    static Stream<Arguments> imports() {
        return section("import");
    }

    static Stream<Arguments> exports() {
        return section("export");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("imports")
    @SuppressWarnings("unchecked")
    void importsMoodlesAikenFilesWithMoodlesErrorsAndLineNumbers(String name, Map<String, Object> testCase)
            throws IOException {
        AikenReader.Parse parse = new AikenReader().read(bytes((String) testCase.get("file")));
        Map<String, Object> expected = (Map<String, Object>) testCase.get("expected");
        assertThat(parse.questions()).hasSize(((Number) expected.get("question_count")).intValue());
        String messages = parse.problems().stream().map(AikenPeerCasesTest::message).collect(Collectors.joining("\n"));
        for (String error : (List<String>) expected.getOrDefault("errors_contain", List.of())) {
            assertThat(messages).contains(error);
        }
        Map<String, Object> derived = (Map<String, Object>) testCase.get("derived_expected");
        List<Map<String, Object>> questions = (List<Map<String, Object>>) expected.getOrDefault("questions",
                derived == null ? List.of() : derived.get("questions"));
        for (int i = 0; i < questions.size(); i++) {
            Map<String, Object> want = questions.get(i);
            AikenQuestion got = parse.questions().get(i);
            if (want.containsKey("name")) {
                assertThat(got.text()).isEqualTo(want.get("name"));
            }
            if (want.containsKey("questiontext")) {
                assertThat(AikenQuestion.html(got.text())).isEqualTo(want.get("questiontext"));
            }
            List<Map<String, Object>> answers = (List<Map<String, Object>>) want.get("answers");
            assertThat(got.choices()).hasSize(answers.size());
            for (int a = 0; a < answers.size(); a++) {
                assertThat(AikenQuestion.html(got.choices().get(a))).isEqualTo(answers.get(a).get("text"));
                assertThat(got.correct() == a ? 1 : 0).isEqualTo(((Number) answers.get(a).get("fraction")).intValue());
            }
        }
        for (String text : (List<String>) expected.getOrDefault("page_contains", List.of())) {
            assertThat(parse.questions()).anyMatch(q -> q.text().contains(text));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void writesWhatMoodlesAikenExporterWrites(String name, Map<String, Object> testCase) {
        // each of Moodle's export cases ends up writing one single-answer question (the others are skipped)
        String text = name.contains("hidden") ? "This question is the visible one." : "Which is the oddest number?";
        AikenQuestion question = new AikenQuestion(1, text, List.of("One", "Two", "Three", "Four"), 0);
        assertThat(new AikenWriter().write(List.of(question))).isEqualTo(testCase.get("expected_output"));
    }

    static String message(AikenProblem problem) {
        try (InputStream in = AikenPeerCasesTest.class.getResourceAsStream("/i18n/questionbank-interop.properties")) {
            Properties bundle = new Properties();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            String pattern = bundle.getProperty("aiken.problem." + problem.code());
            return new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {String.valueOf(problem.line()),
                    problem.question()});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String file) throws IOException {
        try (InputStream in = AikenPeerCasesTest.class.getResourceAsStream(ROOT + file)) {
            return in.readAllBytes();
        }
    }

    @SuppressWarnings("unchecked")
    private static Stream<Arguments> section(String key) {
        try {
            Map<String, List<Map<String, Object>>> all = (Map<String, List<Map<String, Object>>>) JsonMapper.builder()
                    .build().readValue(bytes("aiken-cases.json"), Object.class);
            return all.get(key).stream().map(c -> Arguments.of(c.get("name"), c));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
