package app.steppe.questionbank.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionVersionRepository extends JpaRepository<QuestionVersion, Long> {

    /** Current versions with their citations, in one query. */
    @Query("select distinct v from QuestionVersion v left join fetch v.citations where v.id in ?1")
    List<QuestionVersion> findWithCitations(Collection<Long> ids);

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
