package app.steppe.questionbank.domain.aiken;

import java.util.List;

/**
 * Writes Aiken as Moodle's exporter does: the text on one line, {@code A) choice} lines, {@code ANSWER: X}, a blank
 * line between questions. Only single-answer questions with at most 26 choices can be written; callers skip others.
 */
public final class AikenWriter {

    public static final int MAX_CHOICES = 26;

    public String write(List<AikenQuestion> questions) {
        StringBuilder out = new StringBuilder();
        for (AikenQuestion q : questions) {
            if (q.correct() < 0 || q.choices().size() > MAX_CHOICES) {
                throw new IllegalArgumentException("Aiken needs one right choice among at most 26");
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(oneLine(q.text())).append('\n');
            for (int i = 0; i < q.choices().size(); i++) {
                out.append((char) ('A' + i)).append(") ").append(oneLine(q.choices().get(i))).append('\n');
            }
            out.append("ANSWER: ").append((char) ('A' + q.correct())).append('\n');
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
