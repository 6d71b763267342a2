package app.steppe.questionbank.web;

import java.util.Arrays;
import java.util.List;

import app.steppe.questionbank.domain.SetHeader;

/**
 * "New set" and "Edit set": the set's own fields as typed, tags comma-separated. {@code rowVersion} is the version
 * of the set the form was opened on (null for a new set), so that a later save does not overwrite someone else's.
 */
record QuestionSetForm(String slug, String title, String description, String readingSlug, String tags,
        Long rowVersion) {

    static QuestionSetForm empty(String readingSlug) {
        return new QuestionSetForm("", "", "", readingSlug == null ? "" : readingSlug, "", null);
    }

    static QuestionSetForm of(SetHeader header, long rowVersion) {
        return new QuestionSetForm(header.slug(), header.title(),
                header.description() == null ? "" : header.description(), header.readingSlug(),
                String.join(", ", header.tags()), rowVersion);
    }

    /** The header to save: blanks become empty strings (the domain reports them), an empty description none. */
    SetHeader header() {
        return new SetHeader(strip(slug), strip(title), description == null || description.isBlank() ? null
                : description.strip(), strip(readingSlug), tagList());
    }

    List<String> tagList() {
        if (tags == null || tags.isBlank()) {
            return List.of();
        }
        return Arrays.stream(tags.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
