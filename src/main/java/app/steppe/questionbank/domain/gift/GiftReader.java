package app.steppe.questionbank.domain.gift;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a GIFT file as Moodle's file import does: UTF-8 only (a BOM is dropped; CRLF, LF and CR line ends), every
 * line trimmed, questions separated by blank lines, and a block Moodle would skip reported with its first line
 * while the others are still read.
 */
public final class GiftReader {

    /** The most a GIFT file may weigh, checked before decoding (as for question files). */
    public static final int MAX_BYTES = 1_000_000;

    private final GiftBlockReader blocks = new GiftBlockReader();

    public GiftParse read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return new GiftParse(List.of(), List.of(new GiftProblem(0, GiftProblem.TOO_LARGE, "")));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new GiftParse(List.of(), List.of(new GiftProblem(0, GiftProblem.NOT_UTF8, "")));
        }
        return read(text);
    }

    public GiftParse read(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<GiftQuestion> questions = new ArrayList<>();
        List<GiftProblem> problems = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int first = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? GiftEscapes.trim(lines[i]) : "";
            if (!GiftEscapes.phpEmpty(line)) {
                if (current.isEmpty()) {
                    first = i + 1;
                }
                current.add(line);
                continue;
            }
            if (!current.isEmpty()) {
                GiftBlockReader.Read read = blocks.read(current, first);
                if (read != null && read.question() != null) {
                    questions.add(read.question());
                } else if (read != null) {
                    problems.add(read.problem());
                }
                current = new ArrayList<>();
            }
        }
        return new GiftParse(questions, problems);
    }

    /** One block fed as it is, untrimmed (Moodle's {@code readquestion}, which its unit tests call directly). */
    public GiftParse readQuestion(List<String> lines) {
        GiftBlockReader.Read read = blocks.read(lines, 1);
        if (read == null) {
            return new GiftParse(List.of(), List.of());
        }
        return read.question() != null ? new GiftParse(List.of(read.question()), List.of())
                : new GiftParse(List.of(), List.of(read.problem()));
    }
}
