package app.steppe.questionbank.domain.yaml;

import java.util.Objects;

import app.steppe.questionbank.domain.validation.Violation;

/**
 * A problem in a YAML file, located for the author: file name, line (from 1; 0 when it concerns the whole file, e.g.
 * "not UTF-8 … too large"), the id of the question it is in (null outside a question) and what is wrong.
 */
public record YamlProblem(String fileName, int line, String questionId, Violation violation) {

    public YamlProblem {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(violation, "violation");
    }

    public String messageKey() {
        return violation.messageKey();
    }

    public Object[] args() {
        return violation.args();
    }

    public String path() {
        return violation.path();
    }

    @Override
    public String toString() {
        return fileName + ":" + line + (questionId == null ? "" : " [" + questionId + "]") + " " + violation;
    }
}
