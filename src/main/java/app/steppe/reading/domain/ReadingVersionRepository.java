package app.steppe.reading.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Reads a version with its reading and paragraphs in one query each (never one query per paragraph). */
public interface ReadingVersionRepository extends Repository<ReadingVersion, Long> {

    @Query("""
            select v from ReadingVersion v join fetch v.reading r left join fetch v.paragraphs
            where r.slug = :slug and v.number = r.currentVersion""")
    Optional<ReadingVersion> findCurrentBySlug(@Param("slug") String slug);

    @Query("""
            select v from ReadingVersion v join fetch v.reading r left join fetch v.paragraphs
            where r.id = :readingId and v.number = r.currentVersion""")
    Optional<ReadingVersion> findCurrentByReadingId(@Param("readingId") long readingId);

    @Query("""
            select v from ReadingVersion v join fetch v.reading r left join fetch v.paragraphs
            where v.id = :versionId""")
    Optional<ReadingVersion> findWithParagraphs(@Param("versionId") long versionId);

    @Query("""
            select v from ReadingVersion v join fetch v.reading r left join fetch v.paragraphs
            where r.slug = :slug and v.number = :number""")
    Optional<ReadingVersion> findBySlugAndNumber(@Param("slug") String slug, @Param("number") int number);
}
