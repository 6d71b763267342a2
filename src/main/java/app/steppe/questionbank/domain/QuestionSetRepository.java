package app.steppe.questionbank.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionSetRepository extends JpaRepository<QuestionSet, Long> {

    Optional<QuestionSet> findBySlug(String slug);

    Optional<QuestionSet> findBySourceFile(String sourceFile);

    boolean existsBySlug(String slug);

    List<QuestionSet> findByArchivedFalseOrderByTitleAsc();

    /** Per set: live questions, those with a stale citation and those with none yet, in one query. */
    @Query("""
            select q.setId as setId, count(distinct q.id) as questions,
                   count(distinct case when c.status = 'STALE' then q.id end) as stale,
                   count(distinct case when c.id is null then q.id end) as ungrounded
            from Question q join QuestionVersion v on v.id = q.currentVersionId
                 left join v.citations c
            where q.deleted = false
            group by q.setId""")
    List<SetCounts> countsPerSet();

    /** The same counts for one set (empty when it has no live question). */
    @Query("""
            select q.setId as setId, count(distinct q.id) as questions,
                   count(distinct case when c.status = 'STALE' then q.id end) as stale,
                   count(distinct case when c.id is null then q.id end) as ungrounded
            from Question q join QuestionVersion v on v.id = q.currentVersionId
                 left join v.citations c
            where q.deleted = false and q.setId = ?1
            group by q.setId""")
    Optional<SetCounts> countsOf(long setId);

    interface SetCounts {
        Long getSetId();

        long getQuestions();

        long getStale();

        /** Live questions without any citation yet (imported from GIFT or Aiken). */
        long getUngrounded();
    }
}
