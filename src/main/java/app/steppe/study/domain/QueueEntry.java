package app.steppe.study.domain;

import java.time.Instant;

/** One question in a student's review queue: a due card (with when it fell due) or a new one (due is null). */
public record QueueEntry(long questionId, Kind kind, Instant due) {

    public enum Kind {
        DUE, NEW
    }

    static QueueEntry due(long questionId, Instant due) {
        return new QueueEntry(questionId, Kind.DUE, due);
    }

    static QueueEntry fresh(long questionId) {
        return new QueueEntry(questionId, Kind.NEW, null);
    }
}
