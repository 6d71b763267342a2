package app.steppe.questionbank.domain.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every import case of Moodle (40) and of gift-pegjs (20) read by {@link GiftReader} and compared on the fields the
 * case states. Where gift-pegjs and Moodle differ, the case carries Moodle's expectation and that one is checked.
 */
class GiftPeerCasesTest {

    static Stream<Arguments> moodleCases() {
        return cases("moodle-cases.json");
    }

    static Stream<Arguments> giftPegjsCases() {
        return cases("gift-pegjs-cases.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moodleCases")
    void readsEveryMoodleCaseAsMoodleDoes(String name, Map<String, Object> testCase) {
        assertMatches(testCase, testCase.get("expected"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("giftPegjsCases")
    void readsEveryGiftPegjsCaseAsMoodleDoesWhereTheyDiffer(String name, Map<String, Object> testCase) {
        Object expected = testCase.containsKey("moodle_rule_expected") ? testCase.get("moodle_rule_expected")
                : testCase.get("expected");
        assertMatches(testCase, expected);
    }

    private static void assertMatches(Map<String, Object> testCase, Object expected) {
        String gift = (String) testCase.get("gift");
        GiftReader reader = new GiftReader();
        GiftParse parse = "readquestion".equals(testCase.get("entry_point"))
                ? reader.readQuestion(Arrays.asList(gift.split("\n", -1)))
                : reader.read(gift);
        assertThat(parse.problems()).isEmpty();
        assertThat(parse.questions()).hasSize(1);
        assertThat(PeerFixtures.differences(expected, PeerFixtures.moodleView(parse.questions().get(0)), "$")).isEmpty();
    }

    private static Stream<Arguments> cases(String file) {
        List<Map<String, Object>> cases = PeerFixtures.json(file);
        return cases.stream().map(c -> Arguments.of(c.get("name"), c));
    }
}
