package app.steppe.gradebook.web;

import java.util.UUID;

/** A refused grading form, shown at its item with what was typed: {@code field} is "points", "reason" or "form". */
public record MarkError(UUID attemptId, long versionId, String field, String messageKey, MarkForm form) {

    public boolean isFor(UUID attempt, long version) {
        return attemptId.equals(attempt) && versionId == version;
    }
}
