package app.steppe.grading.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A student's answer to one question as the form sent it: the values of its fields, keyed {@code ""} for the
 * question's one field or the index in {@code name[index]}. Stored as JSON; read into a scoring response by
 * {@link AnswerReader}.
 */
public record AnswerForm(Map<String, List<String>> fields) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern KEY = Pattern.compile("|\\d{1,4}");
    private static final int MAX_FIELDS = 200;
    private static final int MAX_VALUES = 200;

    public AnswerForm {
        Objects.requireNonNull(fields, "fields");
        if (fields.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("too many answer fields: " + fields.size());
        }
        var copy = new TreeMap<String, List<String>>();
        fields.forEach((key, values) -> {
            if (!KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("not an answer field: " + key);
            }
            if (values.size() > MAX_VALUES) {
                throw new IllegalArgumentException("too many values for " + key);
            }
            copy.put(key, values.stream().map(v -> v == null ? "" : v).toList());
        });
        fields = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The answer among request parameters: {@code prefix} itself and {@code prefix[i]}; others are ignored.
     */
    public static AnswerForm fromParameters(String prefix, Map<String, String[]> parameters) {
        var fields = new LinkedHashMap<String, List<String>>();
        parameters.forEach((name, values) -> {
            if (name.equals(prefix)) {
                fields.put("", List.of(values));
            } else if (name.startsWith(prefix + "[") && name.endsWith("]")) {
                fields.put(name.substring(prefix.length() + 1, name.length() - 1), List.of(values));
            }
        });
        return new AnswerForm(fields);
    }

    /** The answer as stored; refused if the text is not an answer form's JSON. */
    public static AnswerForm fromJson(String json) {
        try {
            return new AnswerForm(JSON.readValue(json, new TypeReference<Map<String, List<String>>>() {
            }));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("stored answer is not an answer form", e);
        }
    }

    public String toJson() {
        return JSON.writeValueAsString(fields);
    }

    /** The values of one field, empty when it was not sent. */
    public List<String> values(String key) {
        return fields.getOrDefault(key, List.of());
    }

    /** The first non-blank value of one field, or "". */
    public String value(String key) {
        return values(key).stream().filter(v -> !v.isBlank()).findFirst().orElse("");
    }

    /** Nothing chosen or typed: the question counts as unanswered. */
    public boolean isBlank() {
        return fields.values().stream().flatMap(List::stream).allMatch(String::isBlank);
    }
}
