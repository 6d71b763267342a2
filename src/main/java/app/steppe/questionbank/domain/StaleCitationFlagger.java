package app.steppe.questionbank.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import app.steppe.reading.ReadingVersionAdded;

/**
 * A reading got a new version: every live question citing it is checked again. A quote still there moves to its
 * new place; one that is gone is flagged STALE with the closest passage. Nothing is deleted.
 */
@Component
class StaleCitationFlagger {

    private static final Logger log = LoggerFactory.getLogger(StaleCitationFlagger.class);

    private final QuestionVersionRepository versions;
    private final Grounding grounding;

    StaleCitationFlagger(QuestionVersionRepository versions, Grounding grounding) {
        this.versions = versions;
        this.grounding = grounding;
    }

    @ApplicationModuleListener
    void on(ReadingVersionAdded event) {
        Grounding.Check check = grounding.check();
        int stale = 0;
        for (QuestionVersion version : versions.findCurrentCiting(event.slug())) {
            for (CitationRecord citation : version.getCitations()) {
                if (citation.getReadingSlug().equals(event.slug())) {
                    check.recheck(new Citation(citation.getReadingSlug(), citation.getQuote()))
                            .ifPresent(citation::recheck);
                    stale += citation.isStale() ? 1 : 0;
                }
            }
        }
        if (stale > 0) {
            log.warn("Reading '{}' version {}: {} citations no longer match and are flagged", event.slug(),
                    event.version(), stale);
        }
    }
}
