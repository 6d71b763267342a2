package app.steppe.questionbank.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import app.steppe.questionbank.domain.QuestionType;

/**
 * The filters of a set page, as GET parameters: {@code tag}, {@code type} (as question files spell it, e.g.
 * {@code numeric}) and {@code search}. An unknown type filters nothing rather than failing.
 */
record QuestionSetFilter(String tag, String type, String search) {

    QuestionSetFilter {
        tag = blankToNull(tag);
        type = blankToNull(type);
        search = blankToNull(search);
    }

    QuestionType questionType() {
        return type == null ? null : QuestionType.fromYamlName(type).orElse(null);
    }

    public boolean active() {
        return tag != null || questionType() != null || search != null;
    }

    /** The set page with these filters, e.g. to return to after an action on one question. */
    String setPath(long setId) {
        // values go in as URI variables: those are encoded strictly, so "&" or "#" in a search stays in the value
        Map<String, Object> values = new HashMap<>();
        values.put("id", setId);
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/instructor/question-sets/{id}");
        addParam(uri, values, "tag", tag);
        addParam(uri, values, "type", type);
        addParam(uri, values, "search", search);
        return uri.encode().buildAndExpand(values).toUriString();
    }

    private static void addParam(UriComponentsBuilder uri, Map<String, Object> values, String name, String value) {
        if (value != null) {
            uri.queryParam(name, "{" + name + "}");
            values.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
