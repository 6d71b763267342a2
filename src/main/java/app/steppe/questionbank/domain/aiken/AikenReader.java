package app.steppe.questionbank.domain.aiken;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads Aiken by Moodle's rules: a line that is neither a choice ({@code A)} or {@code A.}, optional space) nor
 * {@code ANSWER:} starts a question; lines shorter than 2 characters are skipped; problems carry the physical line.
 */
public final class AikenReader {

    private static final Pattern CHOICE = Pattern.compile("^[A-Z][).][ \\t]?.*");
    private static final int MAX_BYTES = 1_000_000;

    public record Parse(List<AikenQuestion> questions, List<AikenProblem> problems) {

        public boolean fileRejected() {
            return problems.stream().anyMatch(p -> p.line() == 0);
        }
    }

    public Parse read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return new Parse(List.of(), List.of(new AikenProblem(0, AikenProblem.TOO_LARGE, null)));
        }
        try {
            return read(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return new Parse(List.of(), List.of(new AikenProblem(0, AikenProblem.NOT_UTF8, null)));
        }
    }

    public Parse read(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<AikenQuestion> questions = new ArrayList<>();
        List<AikenProblem> problems = new ArrayList<>();
        String open = null;
        int openLine = 0;
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.length() < 2) {
                continue;
            }
            if (CHOICE.matcher(line).matches()) {
                if (open == null) {
                    problems.add(new AikenProblem(number, AikenProblem.NOT_STARTED, null));
                } else {
                    choices.add(line.substring(2).strip());
                }
            } else if (line.startsWith("ANSWER:")) {
                if (open == null) {
                    problems.add(new AikenProblem(number, AikenProblem.NOT_STARTED, null));
                    continue;
                }
                if (choices.size() < 2) {
                    problems.add(new AikenProblem(number, AikenProblem.TOO_FEW_ANSWERS, open));
                } else {
                    String letter = line.substring(7).strip();
                    int correct = letter.isEmpty() ? -1 : letter.charAt(0) - 'A';
                    questions.add(new AikenQuestion(openLine, open, choices,
                            correct >= 0 && correct < choices.size() ? correct : -1));
                }
                open = null;
                choices = new ArrayList<>();
            } else {
                if (open != null) {
                    problems.add(new AikenProblem(number, AikenProblem.NOT_COMPLETED, open));
                }
                open = line;
                openLine = number;
                choices = new ArrayList<>();
            }
        }
        if (open != null) {
            problems.add(new AikenProblem(lines.length, AikenProblem.NOT_COMPLETED, open));
        }
        return new Parse(questions, problems);
    }
}
