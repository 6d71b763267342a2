package app.steppe.quiz.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizRepository extends JpaRepository<Quiz, Long> {

    /** A quiz is read whole: its draw rules are part of its settings. */
    @Override
    @EntityGraph(attributePaths = "drawRules")
    Optional<Quiz> findById(Long id);

    List<Quiz> findAllByOrderByOpensAtAscIdAsc();
}
