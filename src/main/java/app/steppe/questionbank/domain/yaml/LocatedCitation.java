package app.steppe.questionbank.domain.yaml;

import java.util.Objects;

import app.steppe.questionbank.domain.Citation;

/**
 * A citation with where it was written, so that an importer which looks quotes up in the reading can report
 * "file, line, question id: quote not found".
 */
public record LocatedCitation(String questionId, String path, int line, Citation citation) {

    public LocatedCitation {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(citation, "citation");
    }
}
