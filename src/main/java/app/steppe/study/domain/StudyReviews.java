package app.steppe.study.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.steppe.study.StudyApi;
import app.steppe.study.fsrs.Card;
import app.steppe.study.fsrs.FsrsScheduler;
import app.steppe.study.fsrs.Fuzz;
import app.steppe.study.fsrs.Rating;

/** Reviews of cards and the queue they make, one student at a time. Time is passed in. */
@Service
@Transactional
public class StudyReviews implements StudyApi {

    private final StudyCardRepository cards;
    private final ReviewLogRepository log;
    private final StudySettingsBook settings;
    private final FsrsScheduler scheduler;
    private final StudyCalendar calendar;

    StudyReviews(StudyCardRepository cards, ReviewLogRepository log, StudySettingsBook settings,
            FsrsScheduler scheduler, StudyCalendar calendar) {
        this.cards = cards;
        this.log = log;
        this.settings = settings;
        this.scheduler = scheduler;
        this.calendar = calendar;
    }

    /**
     * Records a student's rating (1 Again to 4 Easy) of a question and reschedules its card, creating the card on a
     * first review. A card not yet due may be reviewed: FSRS accounts for the shorter wait. A replay (the same client
     * review id again) changes nothing and answers with the first outcome; the same id for another question or
     * rating is refused, as is a rating outside 1 to 4.
     */
    public ReviewResult review(long studentId, long questionId, int rating, String clientReviewId, Instant now) {
        Rating grade = ratingOf(rating);
        ClientReviewId reviewId = new ClientReviewId(clientReviewId);
        Optional<ReviewLogEntry> earlier = log.findByStudentIdAndClientReviewId(studentId, reviewId.value());
        if (earlier.isPresent()) {
            ReviewLogEntry first = earlier.get();
            if (first.questionId() != questionId || first.rating() != grade) {
                throw new InvalidReviewException("this client review id was used for another review");
            }
            return first.result(true);
        }
        StudyCard card = cards.findByStudentIdAndQuestionId(studentId, questionId)
                .orElseGet(() -> cards.save(StudyCard.met(studentId, questionId, now)));
        FsrsScheduler mine = scheduler.withDesiredRetention(settings.of(studentId).desiredRetention().doubleValue());
        Card before = card.scheduling();
        // seeded per card and review, so the same review always gets the same fuzz
        Card after = mine.review(before, grade, now, Fuzz.seeded(Objects.hash(studentId, questionId, card.reps())));
        ReviewLogEntry entry = new ReviewLogEntry(studentId, questionId, reviewId, grade, now, before,
                mine.elapsedDays(before, now), card.introducedBy(before), after);
        card.record(grade, after);
        return log.save(entry).result(false);
    }

    /**
     * Today's queue: the student's due cards first (most overdue first), then new questions from
     * {@code candidateQuestionIds} in that order, up to what is left of the student's daily new-card limit. Excluded
     * questions (those of quizzes that are open or upcoming) never appear.
     */
    @Transactional(readOnly = true)
    public List<QueueEntry> queue(long studentId, Collection<Long> candidateQuestionIds,
            Collection<Long> excludedQuestionIds, LocalDate today) {
        Instant end = calendar.endOf(today);
        List<QueueBuilder.ScheduledCard> due = cards.findByStudentIdAndDueBeforeOrderByDueAsc(studentId, end).stream()
                .map(c -> new QueueBuilder.ScheduledCard(c.questionId(), c.due())).toList();
        Set<Long> known = new HashSet<>(candidateQuestionIds.isEmpty() ? List.of()
                : cards.questionsWithCards(studentId, candidateQuestionIds));
        long metToday = log.countByStudentIdAndIntroducedCardTrueAndReviewedAtGreaterThanEqualAndReviewedAtLessThan(
                studentId, calendar.startOf(today), end);
        int left = (int) Math.max(0, settings.of(studentId).dailyNewLimit() - metToday);
        List<Long> unmet = candidateQuestionIds.stream().filter(q -> !known.contains(q)).toList();
        return QueueBuilder.build(due, unmet, excludedQuestionIds, end, left);
    }

    /** {@link #queue(long, Collection, Collection, LocalDate)} for the study day {@code now} falls on. */
    @Transactional(readOnly = true)
    public List<QueueEntry> queue(long studentId, Collection<Long> candidateQuestionIds,
            Collection<Long> excludedQuestionIds, Instant now) {
        return queue(studentId, candidateQuestionIds, excludedQuestionIds, calendar.dayOf(now));
    }

    @Override
    public int addMissedQuestions(long studentId, Collection<Long> questionIds, Instant now) {
        int added = 0;
        for (Long questionId : new HashSet<>(questionIds)) {
            if (cards.findByStudentIdAndQuestionId(studentId, questionId).isEmpty()) {
                cards.save(StudyCard.missed(studentId, questionId, now));
                added++;
            }
        }
        return added;
    }

    @Override
    @Transactional(readOnly = true)
    public long dueCount(long studentId, Collection<Long> excludedQuestionIds, Instant now) {
        Set<Long> excluded = new HashSet<>(excludedQuestionIds);
        return cards.findByStudentIdAndDueBeforeOrderByDueAsc(studentId, calendar.endOf(calendar.dayOf(now))).stream()
                .filter(c -> !excluded.contains(c.questionId())).count();
    }

    private static Rating ratingOf(int rating) {
        try {
            return Rating.of(rating);
        } catch (IllegalArgumentException e) {
            throw new InvalidReviewException(e.getMessage());
        }
    }
}
