package app.steppe.study.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A student's own progress: what is due, how much they reviewed, how often they recalled, and mastery per tag. */
@Service
@Transactional(readOnly = true)
public class StudyProgress {

    public static final int DAYS = 30;

    /** Reviews on one study day. */
    public record DayCount(LocalDate day, long reviews) {
    }

    /** Of the student's cards on one tag, how many are mastered. */
    public record TagMastery(String tag, int cards, int mastered) {

        public int percent() {
            return cards == 0 ? 0 : Math.round(100f * mastered / cards);
        }
    }

    /**
     * @param retention share of all reviews rated Good or Easy (0 to 1, two decimals), null before the first review
     */
    public record Report(long due, long reviewedToday, long reviewsTotal, BigDecimal retention, List<DayCount> days,
            List<TagMastery> mastery) {
    }

    private final StudyCardRepository cards;
    private final ReviewLogRepository log;
    private final StudyReviews reviews;
    private final StudyCalendar calendar;

    StudyProgress(StudyCardRepository cards, ReviewLogRepository log, StudyReviews reviews, StudyCalendar calendar) {
        this.cards = cards;
        this.log = log;
        this.reviews = reviews;
        this.calendar = calendar;
    }

    public Report of(long studentId, StudyPool pool, Instant now) {
        LocalDate today = calendar.dayOf(now);
        LocalDate first = today.minusDays(DAYS - 1L);
        Map<LocalDate, Long> perDay = new TreeMap<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            perDay.put(d, 0L);
        }
        for (Instant at : log.reviewTimesSince(studentId, calendar.startOf(first))) {
            perDay.computeIfPresent(calendar.dayOf(at), (d, n) -> n + 1);
        }
        List<DayCount> days = new ArrayList<>();
        perDay.forEach((d, n) -> days.add(new DayCount(d, n)));
        long total = log.countByStudentId(studentId);
        BigDecimal retention = total == 0 ? null
                : BigDecimal.valueOf(log.countRecalled(studentId)).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
        return new Report(reviews.dueCount(studentId, pool.excluded(), now), perDay.get(today), total, retention, days,
                mastery(studentId, pool));
    }

    private List<TagMastery> mastery(long studentId, StudyPool pool) {
        Map<String, int[]> byTag = new TreeMap<>();
        for (StudyCard card : cards.findByStudentId(studentId)) {
            pool.question(card.questionId()).ifPresent(q -> q.tags().forEach(tag -> {
                int[] counts = byTag.computeIfAbsent(tag, t -> new int[2]);
                counts[0]++;
                if (card.isMastered()) {
                    counts[1]++;
                }
            }));
        }
        List<TagMastery> mastery = new ArrayList<>();
        byTag.forEach((tag, c) -> mastery.add(new TagMastery(tag, c[0], c[1])));
        return mastery;
    }
}
