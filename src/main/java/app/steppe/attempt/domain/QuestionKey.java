package app.steppe.attempt.domain;

/** A question as it was asked: the id of the question version, so later edits never change a taken attempt. */
public record QuestionKey(long versionId) {

    public QuestionKey {
        if (versionId <= 0) {
            throw new IllegalArgumentException("question version id must be positive: " + versionId);
        }
    }
}
