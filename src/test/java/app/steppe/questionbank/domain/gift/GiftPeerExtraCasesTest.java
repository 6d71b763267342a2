package app.steppe.questionbank.domain.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Moodle's other GIFT cases (moodle-extra-cases.json): ids and tags in comments, the exact text of its exporter,
 * and its whole-file imports (question counts, the category, the Windows-1252 file refused).
 */
class GiftPeerExtraCasesTest {

    static Stream<Arguments> commentMetadata() {
        return section("comment_metadata");
    }

    static Stream<Arguments> export() {
        return section("export");
    }

    static Stream<Arguments> fileImport() {
        return section("file_import");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commentMetadata")
    void readsIdNumberAndTagsFromCommentsAsMoodleDoes(String name, Map<String, Object> testCase) {
        GiftComments.Metadata metadata = GiftComments.metadata((String) testCase.get("comment"));
        Map<String, Object> expected = expected(testCase);
        assertThat(metadata.idNumber()).isEqualTo(expected.get("idnumber"));
        assertThat(metadata.tags()).isEqualTo(expected.get("tags"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("export")
    @SuppressWarnings("unchecked")
    void writesExactlyWhatMoodlesExporterWrites(String name, Map<String, Object> testCase) {
        Map<String, Object> question = (Map<String, Object>) testCase.get("question");
        String written = new GiftWriter().write(question(question), String.valueOf(question.get("id")), List.of());
        assertThat(written).isEqualTo(testCase.get("expected_gift"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileImport")
    @SuppressWarnings("unchecked")
    void importsMoodlesWholeFilesAsMoodleDoes(String name, Map<String, Object> testCase) {
        GiftParse parse = new GiftReader().read(PeerFixtures.bytes((String) testCase.get("file")));
        Map<String, Object> expected = expected(testCase);
        if (expected.containsKey("error")) {
            assertThat(parse.fileRejected()).isTrue();
            assertThat(parse.problems()).extracting(GiftProblem::code).containsExactly(GiftProblem.NOT_UTF8);
            assertThat(parse.questions()).isEmpty();
            return;
        }
        assertThat(parse.problems()).isEmpty();
        List<GiftQuestion> questions = parse.questions().stream().filter(q -> q.type() != GiftType.CATEGORY).toList();
        assertThat(questions).hasSize(((Number) expected.get("question_count")).intValue());
        if (expected.containsKey("category")) {
            assertThat(parse.questions().get(0).category()).isEqualTo(expected.get("category"));
        }
        for (String text : (List<String>) expected.get("page_contains")) {
            assertThat(questions).anyMatch(q -> q.questionText().text().contains(text));
        }
        assertThat(questions).anyMatch(q -> expected.get("bank_contains_name").equals(q.name()));
        if (expected.containsKey("reexport_size_bytes_between")) {
            List<Number> range = (List<Number>) expected.get("reexport_size_bytes_between");
            // Moodle's export (Behat's default) starts with the category the questions were imported into
            String category = "$course$/top/Default for Course 1";
            StringBuilder exported = new StringBuilder(new GiftWriter().write(GiftQuestion.category(1, category),
                    "0", List.of()).replace("name: ", "name: Switch category to " + category));
            for (int i = 0; i < questions.size(); i++) {
                exported.append(new GiftWriter().write(questions.get(i), String.valueOf(100 + i), List.of()));
            }
            assertThat(exported.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                    .isBetween(range.get(0).intValue(), range.get(1).intValue());
        }
    }

    /** Moodle's question object of an export case, as the reader would have produced it. */
    @SuppressWarnings("unchecked")
    private static GiftQuestion question(Map<String, Object> q) {
        String format = (String) q.get("questiontextformat");
        GiftType type = GiftType.valueOf(((String) q.get("type")).toUpperCase(java.util.Locale.ROOT));
        List<GiftAnswer> answers = new ArrayList<>();
        for (Map<String, Object> a : (List<Map<String, Object>>) q.getOrDefault("answers", List.of())) {
            answers.add(new GiftAnswer(new GiftText((String) a.get("text"), (String) a.getOrDefault("format", format)),
                    decimal(a.get("fraction")), new GiftText((String) a.get("feedback"), (String) a.get("feedbackformat")),
                    a.get("tolerance") == null ? null : decimal(a.get("tolerance")), null, null));
        }
        List<GiftSubquestion> subquestions = new ArrayList<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) q.getOrDefault("subquestions", List.of())) {
            subquestions.add(new GiftSubquestion(new GiftText((String) s.get("text"), (String) s.get("format")),
                    (String) s.get("answer")));
        }
        return new GiftQuestion(1, type, (String) q.get("name"), new GiftText((String) q.get("questiontext"), format),
                new GiftText((String) q.get("generalfeedback"), (String) q.get("generalfeedbackformat")),
                (String) q.getOrDefault("idnumber", ""), (List<String>) q.getOrDefault("tags", List.of()), "",
                (Boolean) q.get("single"), answers, subquestions, (Boolean) q.get("correctanswer"),
                text(q, "feedbacktrue"), text(q, "feedbackfalse"), null);
    }

    private static GiftText text(Map<String, Object> q, String key) {
        return q.containsKey(key) ? new GiftText((String) q.get(key), (String) q.get(key + "format")) : null;
    }

    private static BigDecimal decimal(Object number) {
        return new BigDecimal(number.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> expected(Map<String, Object> testCase) {
        return (Map<String, Object>) testCase.get("expected");
    }

    @SuppressWarnings("unchecked")
    private static Stream<Arguments> section(String key) {
        Map<String, List<Map<String, Object>>> all = PeerFixtures.json("moodle-extra-cases.json");
        return all.get(key).stream().map(c -> Arguments.of(c.get("name"), c));
    }
}
