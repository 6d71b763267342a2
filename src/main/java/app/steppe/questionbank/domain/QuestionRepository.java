package app.steppe.questionbank.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionRepository extends JpaRepository<Question, Long> {

    List<Question> findBySetIdAndDeletedFalseOrderByPositionAsc(long setId);

    List<Question> findBySetIdOrderByPositionAsc(long setId);

    List<Question> findBySetIdInAndDeletedFalseOrderBySetIdAscPositionAsc(Collection<Long> setIds);

    Optional<Question> findByIdAndDeletedFalse(long id);

    @Query("select coalesce(max(q.position), 0) from Question q where q.setId = ?1")
    int maxPosition(long setId);
}
