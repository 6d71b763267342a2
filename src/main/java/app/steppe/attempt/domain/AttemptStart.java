package app.steppe.attempt.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what "Start" means for a student who may already have attempts at the quiz: resume the open one (a double
 * click or a second tab gives one attempt), start a new one, or refuse when every allowed attempt is used. Overdue
 * open attempts are closed at their deadline first and count as used.
 */
public final class AttemptStart {

    public enum Kind { RESUME, START_NEW, REFUSED_NO_ATTEMPTS_LEFT }

    /** The decision, the attempt to resume if any, and the attempts this decision closed (to be saved). */
    public record Decision(Kind kind, Optional<Attempt> resume, List<Attempt> finalizedNow) {
        public Decision {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(resume, "resume");
            finalizedNow = List.copyOf(finalizedNow);
            if ((kind == Kind.RESUME) != resume.isPresent()) {
                throw new IllegalArgumentException("only a RESUME decision names an attempt to resume");
            }
        }
    }

    private AttemptStart() {
    }

    public static Decision decide(List<Attempt> existing, Instant now, Duration grace, int allowedAttempts) {
        if (allowedAttempts < 1) {
            throw new IllegalArgumentException("a quiz allows at least one attempt: " + allowedAttempts);
        }
        if (existing.stream().map(a -> List.of(a.quizId(), a.studentId())).distinct().count() > 1) {
            throw new IllegalArgumentException("attempts of different students or quizzes cannot share a start decision");
        }
        var finalizedNow = existing.stream().filter(attempt -> attempt.finalizeIfOverdue(now, grace)).toList();
        var open = existing.stream().filter(Attempt::isOpen).findFirst();
        if (open.isPresent()) {
            return new Decision(Kind.RESUME, open, finalizedNow);
        }
        var kind = existing.size() < allowedAttempts ? Kind.START_NEW : Kind.REFUSED_NO_ATTEMPTS_LEFT;
        return new Decision(kind, Optional.empty(), finalizedNow);
    }
}
