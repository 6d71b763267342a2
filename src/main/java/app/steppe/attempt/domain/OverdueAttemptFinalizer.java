package app.steppe.attempt.domain;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Submits and scores attempts whose time ran out while nobody was looking (the browser closed, the laptop slept), at
 * start-up (attempts that ran out while the server was down) and then every {@code steppe.attempt.finalizer-interval}.
 * The attempt is closed at its deadline, with the answers saved before it.
 */
@Component
class OverdueAttemptFinalizer {

    private static final Logger log = LoggerFactory.getLogger(OverdueAttemptFinalizer.class);

    private final Attempts attempts;
    private final AttemptSettings settings;
    private final Clock clock;

    OverdueAttemptFinalizer(Attempts attempts, AttemptSettings settings, Clock clock) {
        this.attempts = attempts;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        run();
    }

    @Scheduled(fixedDelayString = "${steppe.attempt.finalizer-interval:15s}", initialDelayString = "${steppe.attempt.finalizer-interval:15s}")
    void run() {
        int closed;
        do {
            closed = attempts.finalizeOverdue(clock.instant());
            if (closed > 0) {
                log.info("Submitted {} attempt(s) whose time had run out", closed);
            }
            // a full batch means there may be more
        } while (closed > 0 && closed == settings.finalizerBatch());
    }
}
