package app.steppe.questionbank.domain.gift;

import static app.steppe.questionbank.domain.gift.GiftEscapes.phpEmpty;
import static app.steppe.questionbank.domain.gift.GiftEscapes.trim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one question block by Moodle's rules ({@code qformat_gift::readquestion}), in Moodle's order: comments out,
 * escapes to placeholders, category, title, the first {@code {…}} block, general feedback, then the type from the
 * block's characters. The answers of each type are read by {@link GiftAnswerReader}.
 */
final class GiftBlockReader {

    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

    /** A question, or the problem that made Moodle skip the block. */
    record Read(GiftQuestion question, GiftProblem problem) {
    }

    Read read(List<String> lines, int firstLine) {
        StringBuilder comments = new StringBuilder();
        List<String> kept = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (trim(line).startsWith("//")) {
                comments.append(trim(line)).append('\n');
                kept.add(" ");
            } else {
                kept.add(line);
            }
        }
        String text = trim(String.join("\n", kept));
        if (text.isEmpty()) {
            return null;
        }
        text = GiftEscapes.pre(text);
        if (text.startsWith("$CATEGORY:")) {
            return new Read(GiftQuestion.category(firstLine, trim(text.substring(10))), null);
        }
        String name = null;
        if (text.startsWith("::")) {
            text = text.substring(2);
            int nameEnd = text.indexOf("::");
            if (nameEnd >= 0) {
                name = cleanName(GiftEscapes.post(text.substring(0, nameEnd)));
                text = trim(text.substring(nameEnd + 2));
            }
        }
        int start = text.indexOf('{');
        int finish = text.indexOf('}');
        boolean description = start < 0 && finish < 0;
        if (!description && (start < 0 || finish < 0 || finish < start)) {
            return problem(firstLine, GiftProblem.BRACE_ERROR, text);
        }
        String answerText = description ? "" : trim(text.substring(start + 1, finish));
        String questionText;
        if (description) {
            questionText = text;
        } else if (text.endsWith("}")) {
            questionText = text.substring(0, start);
        } else {
            // anything after the block (even a full stop) makes it a missing-word question
            questionText = text.substring(0, start) + "_____" + text.substring(finish + 1);
        }
        String generalFeedback = "";
        int separator = answerText.lastIndexOf("####");
        if (separator >= 0) {
            generalFeedback = answerText.substring(separator + 4);
            answerText = trim(answerText.substring(0, separator));
        }
        GiftText question = GiftFormats.parse(questionText, GiftText.MOODLE);
        String format = question.format();
        GiftText feedback = GiftFormats.parse(generalFeedback, format);
        GiftComments.Metadata metadata = GiftComments.metadata(comments.toString());
        GiftQuestion.Builder base = new GiftQuestion.Builder(firstLine, name, question, feedback, metadata.idNumber(),
                metadata.tags(), comments.toString());
        GiftAnswerReader answers = new GiftAnswerReader(format);
        GiftQuestion read;
        try {
            read = description ? base.build(GiftType.DESCRIPTION)
                    : answerText.isEmpty() ? base.build(GiftType.ESSAY)
                    : answerText.startsWith("#") ? answers.numerical(base, answerText)
                    : answerText.contains("~") ? answers.multichoice(base, answerText)
                    : answerText.contains("=") && answerText.contains("->") ? answers.match(base, answerText)
                    : TRUE_FALSE.contains(trueFalseCheck(answerText)) ? answers.trueFalse(base, answerText)
                    : answers.shortAnswer(base, answerText);
        } catch (GiftAnswerReader.Refused refused) {
            return problem(firstLine, refused.getMessage(), text);
        }
        return new Read(read, null);
    }

    private static String trueFalseCheck(String answerText) {
        int hash = answerText.indexOf('#');
        return hash > 0 ? trim(answerText.substring(0, hash)) : answerText;
    }

    /** Moodle strips tags from a title and keeps at most 255 characters. */
    private static String cleanName(String name) {
        String clean = trim(name.replaceAll("<[^>]*>", ""));
        return clean.length() > 255 ? clean.substring(0, 255) : clean;
    }

    private static Read problem(int line, String code, String text) {
        String excerpt = GiftEscapes.post(text).replace('\n', ' ');
        return new Read(null, new GiftProblem(line, code, excerpt.length() > 80 ? excerpt.substring(0, 80) + "…" : excerpt));
    }
}
