package app.steppe.study.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which question sets are open for practice, opened and closed by instructors, and the aggregate study activity
 * they see per set: how many students study its questions and how many reviews they made lately, never who.
 */
@Service
@Transactional
public class PracticeSets {

    /** The activity of one set's questions, over all students. */
    public record Activity(long students, long reviewsLastWeek) {
    }

    private final PracticeSetRepository sets;
    private final StudyCardRepository cards;
    private final ReviewLogRepository log;

    PracticeSets(PracticeSetRepository sets, StudyCardRepository cards, ReviewLogRepository log) {
        this.sets = sets;
        this.cards = cards;
        this.log = log;
    }

    /** Opens the set for practice; opening an open set changes nothing. */
    public void open(long setId, long instructorId, Instant now) {
        if (!sets.existsById(setId)) {
            sets.save(new PracticeSet(setId, instructorId, now));
        }
    }

    /** Closes the set; its questions stay in the decks of students who met them, but no new ones are offered. */
    public void close(long setId) {
        sets.deleteById(setId);
    }

    @Transactional(readOnly = true)
    public Set<Long> openSetIds() {
        return sets.findAll().stream().map(PracticeSet::setId).collect(Collectors.toUnmodifiableSet());
    }

    @Transactional(readOnly = true)
    public Activity activity(Collection<Long> questionIds, Instant now) {
        if (questionIds.isEmpty()) {
            return new Activity(0, 0);
        }
        return new Activity(cards.countStudentsStudying(questionIds),
                log.countReviewsOfQuestionsSince(questionIds, now.minus(Duration.ofDays(7))));
    }
}
