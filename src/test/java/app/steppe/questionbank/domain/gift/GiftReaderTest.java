package app.steppe.questionbank.domain.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the peer cases do not cover: errors with their lines, line ends, and the writer's escapes. */
class GiftReaderTest {

    private final GiftReader reader = new GiftReader();

    @Test
    void reportsEachBadBlockWithItsFirstLineAndStillReadsTheOthers() {
        GiftParse parse = reader.read("Good {T}\r\n\r\n// a comment\nNo closing {=a ~b\n\nMatch {=a -> 1 =b}\n\n"
                + "One choice {~only}\n\nPi {#3.14:x}\n");

        assertThat(parse.questions()).hasSize(1);
        assertThat(parse.problems()).extracting(GiftProblem::line, GiftProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, GiftProblem.BRACE_ERROR),
                org.assertj.core.groups.Tuple.tuple(6, GiftProblem.MATCHING_FORMAT),
                org.assertj.core.groups.Tuple.tuple(8, GiftProblem.TOO_FEW_ANSWERS),
                org.assertj.core.groups.Tuple.tuple(10, GiftProblem.NOT_NUMBERS));
    }

    @Test
    void dropsAByteOrderMarkAndSplitsOnCarriageReturnsAlone() {
        GiftParse parse = reader.read("\uFEFFA {T}\r\rB {F}".getBytes(StandardCharsets.UTF_8));

        assertThat(parse.questions()).extracting(q -> q.questionText().text()).containsExactly("A", "B");
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        GiftParse parse = reader.read(new byte[] {'Q', ' ', (byte) 0xF6, '{', 'T', '}'});

        assertThat(parse.fileRejected()).isTrue();
        assertThat(parse.problems()).extracting(GiftProblem::code).containsExactly(GiftProblem.NOT_UTF8);
    }

    @Test
    void aNonNumericAnswerBecomesTheCatchAllAsInMoodle() {
        GiftQuestion q = reader.read("Pi? {#3,14}").questions().get(0);

        assertThat(q.answers().get(0).isCatchAll()).isTrue();
    }

    @Test
    void writesEveryControlCharacterEscapedSoThatItReadsBackTheSame() {
        String text = "a \\ b # c = d ~ e { f } g : h\nnext line";
        GiftQuestion essay = reader.read("Q {}").questions().get(0);
        GiftQuestion written = new GiftQuestion(1, GiftType.ESSAY, "n: 1", new GiftText(text, GiftText.MOODLE),
                essay.generalFeedback(), "", List.of(), "", null, null, null, null, null, null, null);

        GiftQuestion back = reader.read(new GiftWriter().write(written, null, List.of())).questions().get(0);

        assertThat(back.questionText().text()).isEqualTo(text);
        assertThat(back.name()).isEqualTo("n: 1");
    }
}
