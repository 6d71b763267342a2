package app.steppe.study.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewLogRepository extends JpaRepository<ReviewLogEntry, Long> {

    Optional<ReviewLogEntry> findByStudentIdAndClientReviewId(long studentId, String clientReviewId);

    long countByStudentIdAndIntroducedCardTrueAndReviewedAtGreaterThanEqualAndReviewedAtLessThan(long studentId,
            Instant from, Instant to);

    long countByStudentId(long studentId);

    @Query("select r.reviewedAt from ReviewLogEntry r where r.studentId = :studentId and r.reviewedAt >= :from")
    List<Instant> reviewTimesSince(long studentId, Instant from);

    /** Reviews rated Good or Easy. */
    @Query("select count(r) from ReviewLogEntry r where r.studentId = :studentId and r.rating >= 3")
    long countRecalled(long studentId);

    /** Every student's reviews of these questions since a time: the instructors' aggregate, never one student's. */
    @Query("select count(r) from ReviewLogEntry r where r.questionId in :questionIds and r.reviewedAt >= :since")
    long countReviewsOfQuestionsSince(Collection<Long> questionIds, Instant since);
}
