package app.steppe.quiz.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccommodationRepository extends JpaRepository<Accommodation, Long> {

    List<Accommodation> findByQuizIdOrderByIdAsc(long quizId);

    Optional<Accommodation> findByQuizIdAndStudentId(long quizId, long studentId);

    List<Accommodation> findByStudentId(long studentId);

    /** The latest personal close of each quiz that has one. */
    @Query("select a.quizId as quizId, max(a.closeOverride) as lastClose from Accommodation a "
            + "where a.closeOverride is not null group by a.quizId")
    List<LastPersonalClose> lastPersonalCloses();

    interface LastPersonalClose {
        long getQuizId();

        Instant getLastClose();
    }
}
