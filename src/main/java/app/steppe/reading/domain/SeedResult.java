package app.steppe.reading.domain;

import app.steppe.reading.ReadingVersionAdded;

/**
 * What loading one seed file did.
 *
 * @param outcome what happened
 * @param added   the stored version when one was stored, else {@code null}
 */
public record SeedResult(Outcome outcome, ReadingVersionAdded added) {

    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        /** An instructor's upload already uses the slug: the seed file is not mixed into it. */
        SLUG_TAKEN
    }
}
