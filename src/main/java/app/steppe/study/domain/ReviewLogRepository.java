package app.steppe.study.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewLogRepository extends JpaRepository<ReviewLogEntry, Long> {

    Optional<ReviewLogEntry> findByStudentIdAndClientReviewId(long studentId, String clientReviewId);

    long countByStudentIdAndIntroducedCardTrueAndReviewedAtGreaterThanEqualAndReviewedAtLessThan(long studentId,
            Instant from, Instant to);

    long countByStudentId(long studentId);
}
