package app.steppe.questionbank.domain.gift;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes GIFT the way Moodle's exporter does ({@code qformat_gift::writequestion}), byte for byte on Moodle's own
 * export tests: a {@code // question:} comment, {@code [id:]}/{@code [tag:]} and any extra comment lines, the
 * {@code ::name::}, the text with {@code [format]} only where it differs from the default, one answer per
 * tab-indented line, then a blank line.
 */
public final class GiftWriter {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @param id written in the {@code // question: id  name: name} line; null leaves that line out
     * @param extraComments whole comment lines (each starting {@code //}) written before the question
     */
    public String write(GiftQuestion q, String id, List<String> extraComments) {
        StringBuilder out = new StringBuilder();
        if (id != null) {
            out.append("// question: ").append(id).append("  name: ").append(q.name() == null ? "" : q.name())
                    .append('\n');
        }
        out.append(idAndTags(q));
        extraComments.forEach(line -> out.append(line).append('\n'));
        String format = q.questionText() == null ? GiftText.MOODLE : q.questionText().format();
        switch (q.type()) {
            case CATEGORY -> out.append("$CATEGORY: ").append(q.category()).append('\n');
            case ESSAY -> out.append(head(q)).append('{').append(generalFeedback(q, "")).append("}\n");
            case DESCRIPTION -> out.append(head(q)).append('\n');
            case TRUEFALSE -> {
                boolean correct = Boolean.TRUE.equals(q.correctAnswer());
                String right = text(correct ? q.feedbackTrue() : q.feedbackFalse(), format);
                String wrong = text(correct ? q.feedbackFalse() : q.feedbackTrue(), format);
                out.append(head(q)).append('{').append(correct ? "TRUE" : "FALSE");
                if (!wrong.isEmpty()) {
                    out.append('#').append(wrong);
                } else if (!right.isEmpty()) {
                    out.append('#');
                }
                if (!right.isEmpty()) {
                    out.append('#').append(right);
                }
                out.append(generalFeedback(q, "")).append("}\n");
            }
            case MULTICHOICE -> {
                out.append(head(q)).append("{\n");
                for (GiftAnswer a : q.answers()) {
                    String mark = a.fraction().compareTo(BigDecimal.ONE) == 0 && Boolean.TRUE.equals(q.single()) ? "="
                            : a.fraction().signum() == 0 ? "~" : "~%" + percent(a.fraction()) + "%";
                    out.append('\t').append(mark).append(text(a.text(), format));
                    if (!a.feedback().isEmpty()) {
                        out.append('#').append(text(a.feedback(), format));
                    }
                    out.append('\n');
                }
                out.append(generalFeedback(q, "\t")).append("}\n");
            }
            case SHORTANSWER -> {
                out.append(head(q)).append("{\n");
                for (GiftAnswer a : q.answers()) {
                    out.append("\t=%").append(percent(a.fraction())).append('%')
                            .append(GiftEscapes.escape(a.text().text())).append('#').append(text(a.feedback(), format))
                            .append('\n');
                }
                out.append(generalFeedback(q, "\t")).append("}\n");
            }
            case NUMERICAL -> {
                out.append(head(q)).append("{#\n");
                for (GiftAnswer a : q.answers()) {
                    if (!a.text().isEmpty() && !a.isCatchAll()) {
                        out.append("\t=%").append(percent(a.fraction())).append('%').append(a.text().text()).append(':')
                                .append(plain(a.tolerance() == null ? BigDecimal.ZERO : a.tolerance())).append('#')
                                .append(text(a.feedback(), format)).append('\n');
                    } else {
                        out.append("\t~#").append(text(a.feedback(), format)).append('\n');
                    }
                }
                out.append(generalFeedback(q, "\t")).append("}\n");
            }
            case MATCH -> {
                out.append(head(q)).append("{\n");
                for (GiftSubquestion s : q.subquestions()) {
                    out.append("\t=").append(text(s.text(), format)).append(" -> ")
                            .append(GiftEscapes.escape(s.answer())).append('\n');
                }
                out.append(generalFeedback(q, "\t")).append("}\n");
            }
            default -> throw new IllegalArgumentException("unknown type " + q.type());
        }
        return out.append('\n').toString();
    }

    private static String idAndTags(GiftQuestion q) {
        if (q.type() == GiftType.CATEGORY) {
            return "";
        }
        List<String> bits = new ArrayList<>();
        if (q.idNumber() != null && !q.idNumber().isEmpty()) {
            bits.add("[id:" + q.idNumber().replace("]", "\\]") + "]");
        }
        q.tags().forEach(tag -> bits.add("[tag:" + tag.replace("]", "\\]") + "]"));
        return bits.isEmpty() ? "" : "// " + String.join(" ", bits) + "\n";
    }

    private static String head(GiftQuestion q) {
        String name = q.name() == null ? "" : "::" + GiftEscapes.escape(q.name()) + "::";
        return name + text(q.questionText(), GiftText.MOODLE);
    }

    /** The text, escaped, with its {@code [format]} when it is not the default and the text is not empty. */
    private static String text(GiftText text, String defaultFormat) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String prefix = text.format().equals(defaultFormat) ? "" : "[" + text.format() + "]";
        return prefix + GiftEscapes.escape(text.text());
    }

    private static String generalFeedback(GiftQuestion q, String indent) {
        String feedback = text(q.generalFeedback(), q.questionText().format());
        if (feedback.isEmpty()) {
            return "";
        }
        return indent.isEmpty() ? "####" + feedback : indent + "####" + feedback + "\n";
    }

    private static String percent(BigDecimal fraction) {
        return plain(fraction.multiply(HUNDRED));
    }

    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
