package app.steppe.study.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StudyCardRepository extends JpaRepository<StudyCard, Long> {

    Optional<StudyCard> findByStudentIdAndQuestionId(long studentId, long questionId);

    List<StudyCard> findByStudentIdAndDueBeforeOrderByDueAsc(long studentId, Instant before);

    @Query("select c.questionId from StudyCard c where c.studentId = :studentId and c.questionId in :questionIds")
    List<Long> questionsWithCards(long studentId, Collection<Long> questionIds);
}
