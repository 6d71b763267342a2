package app.steppe.questionbank.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionVersionRepository extends JpaRepository<QuestionVersion, Long> {

    /** Current versions with their citations, in one query. */
    @Query("select distinct v from QuestionVersion v left join fetch v.citations where v.id in ?1")
    List<QuestionVersion> findWithCitations(Collection<Long> ids);

    /** The current versions of these questions, with their citations, by version id (one query). */
    @Query("select v.id, v.questionId from QuestionVersion v where v.id in ?1")
    List<Object[]> questionIdsOf(Collection<Long> versionIds);

    default Map<Long, QuestionVersion> currentOf(List<Question> questions) {
        return findWithCitations(questions.stream().map(Question::getCurrentVersionId).toList()).stream()
                .collect(Collectors.toMap(QuestionVersion::getId, Function.identity()));
    }

    /** Whether an attempt used any version, current or older, of any question of the set. */
    @Query("""
            select count(v) > 0 from QuestionVersion v
            where v.used = true and v.questionId in (select q.id from Question q where q.setId = ?1)""")
    boolean anyUsedInSet(long setId);

    @Query("select coalesce(max(v.versionNo), 0) from QuestionVersion v where v.questionId = ?1")
    int maxVersionNo(long questionId);

    /** Current versions of live questions that cite this reading, with their citations. */
    @Query("""
            select distinct v from QuestionVersion v join fetch v.citations c
            where c.readingSlug = ?1
              and v.id in (select q.currentVersionId from Question q where q.deleted = false)""")
    List<QuestionVersion> findCurrentCiting(String readingSlug);

    /** How many live questions cite each paragraph of a reading version. */
    @Query("""
            select c.paragraphNo as paragraph, count(distinct v.questionId) as questions
            from CitationRecord c join c.version v
            where c.readingVersionId = ?1 and c.status = 'VERIFIED'
              and v.id in (select q.currentVersionId from Question q where q.deleted = false)
            group by c.paragraphNo""")
    List<ParagraphCount> countCitationsPerParagraph(long readingVersionId);

    interface ParagraphCount {
        Integer getParagraph();

        long getQuestions();
    }
}
