package app.steppe.quiz.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccommodationRepository extends JpaRepository<Accommodation, Long> {

    List<Accommodation> findByQuizIdOrderByIdAsc(long quizId);

    Optional<Accommodation> findByQuizIdAndStudentId(long quizId, long studentId);

    List<Accommodation> findByStudentId(long studentId);
}
