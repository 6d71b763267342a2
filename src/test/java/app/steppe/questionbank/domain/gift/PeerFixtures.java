package app.steppe.questionbank.domain.gift;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The peer cases in src/test/resources/peer-fixtures/gift (Moodle's and gift-pegjs's, see their README), and a
 * comparison that checks only the keys a case states, numbers within 1e-9, a null name meaning "not asserted".
 */
final class PeerFixtures {

    static final String ROOT = "/peer-fixtures/gift/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PeerFixtures() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = PeerFixtures.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    static <T> T json(String path) {
        return (T) JSON.readValue(bytes(path), Object.class);
    }

    /** The differences between what a case expects and what was read; empty when it passes. */
    static List<String> differences(Object expected, Object actual, String path) {
        List<String> out = new ArrayList<>();
        compare(expected, actual, path, out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void compare(Object expected, Object actual, String path, List<String> out) {
        if (expected instanceof Map<?, ?> map) {
            if (!(actual instanceof Map<?, ?> got)) {
                out.add(path + ": expected an object, got " + actual);
                return;
            }
            ((Map<String, Object>) map).forEach((key, value) -> {
                if (key.equals("name") && value == null) {
                    return; // Moodle then makes up a name; the README says it is not asserted
                }
                if (!got.containsKey(key)) {
                    out.add(path + "." + key + ": missing");
                } else {
                    compare(value, got.get(key), path + "." + key, out);
                }
            });
        } else if (expected instanceof List<?> list) {
            if (!(actual instanceof List<?> got) || got.size() != list.size()) {
                out.add(path + ": expected " + list + ", got " + actual);
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                compare(list.get(i), got.get(i), path + "[" + i + "]", out);
            }
        } else if (expected instanceof Number number) {
            if (!(actual instanceof Number got)
                    || new BigDecimal(number.toString()).subtract(new BigDecimal(got.toString())).abs()
                            .compareTo(new BigDecimal("1e-9")) > 0) {
                out.add(path + ": expected " + number + ", got " + actual);
            }
        } else if (expected == null ? actual != null : !expected.equals(actual)) {
            out.add(path + ": expected <" + expected + ">, got <" + actual + ">");
        }
    }

    /** A read question in the schema of the cases (Moodle's field names, defaults included). */
    static Map<String, Object> moodleView(GiftQuestion q) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", q.type().moodleName());
        if (q.type() == GiftType.CATEGORY) {
            v.put("category", q.category());
            return v;
        }
        String format = q.questionText().format();
        v.put("name", q.name());
        v.put("questiontext", q.questionText().text());
        v.put("questiontextformat", format);
        v.put("generalfeedback", q.generalFeedback().text());
        v.put("generalfeedbackformat", q.generalFeedback().format());
        boolean description = q.type() == GiftType.DESCRIPTION;
        v.put("defaultmark", description ? 0 : 1);
        v.put("length", description ? 0 : 1);
        v.put("penalty", q.type() == GiftType.TRUEFALSE ? BigDecimal.ONE : new BigDecimal("0.3333333"));
        if (!q.idNumber().isEmpty()) {
            v.put("idnumber", q.idNumber());
        }
        if (!q.tags().isEmpty()) {
            v.put("tags", q.tags());
        }
        switch (q.type()) {
            case MULTICHOICE -> {
                v.put("single", q.single());
                v.put("answers", q.answers().stream().map(a -> answer(a, true, false)).toList());
                combinedFeedback(v, format);
            }
            case SHORTANSWER -> v.put("answers", q.answers().stream().map(a -> answer(a, false, false)).toList());
            case NUMERICAL -> v.put("answers", q.answers().stream().map(a -> answer(a, false, true)).toList());
            case MATCH -> {
                v.put("subquestions", q.subquestions().stream().map(s -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("text", s.text().text());
                    m.put("format", s.text().format());
                    m.put("answer", s.answer());
                    return m;
                }).toList());
                combinedFeedback(v, format);
            }
            case TRUEFALSE -> {
                v.put("correctanswer", q.correctAnswer());
                v.put("feedbacktrue", q.feedbackTrue().text());
                v.put("feedbacktrueformat", q.feedbackTrue().format());
                v.put("feedbackfalse", q.feedbackFalse().text());
                v.put("feedbackfalseformat", q.feedbackFalse().format());
            }
            case ESSAY -> {
                v.put("responseformat", "editor");
                v.put("responsefieldlines", 15);
                v.put("attachments", 0);
                v.put("graderinfo", "");
                v.put("graderinfoformat", "html");
            }
            default -> { }
        }
        return v;
    }

    private static Map<String, Object> answer(GiftAnswer a, boolean withFormat, boolean numerical) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", a.text().text());
        if (withFormat) {
            m.put("format", a.text().format());
        }
        m.put("fraction", a.fraction());
        if (numerical) {
            m.put("tolerance", a.tolerance());
            if (a.min() != null) {
                m.put("range", Map.of("min", a.min(), "max", a.max()));
            }
        }
        m.put("feedback", a.feedback().text());
        m.put("feedbackformat", a.feedback().format());
        return m;
    }

    private static void combinedFeedback(Map<String, Object> v, String format) {
        for (String key : List.of("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")) {
            v.put(key, Map.of("text", "", "format", format));
        }
    }
}
