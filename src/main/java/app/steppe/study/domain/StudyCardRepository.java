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

    List<StudyCard> findByStudentId(long studentId);

    /** How many students have a card for any of these questions. */
    @Query("select count(distinct c.studentId) from StudyCard c where c.questionId in :questionIds")
    long countStudentsStudying(Collection<Long> questionIds);

    @Query("select c.questionId from StudyCard c where c.studentId = :studentId and c.questionId in :questionIds")
    List<Long> questionsWithCards(long studentId, Collection<Long> questionIds);
}
