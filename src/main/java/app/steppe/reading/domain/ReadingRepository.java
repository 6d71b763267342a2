package app.steppe.reading.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import app.steppe.reading.ReadingSummary;

public interface ReadingRepository extends JpaRepository<Reading, Long> {

    Optional<Reading> findBySlug(String slug);

    boolean existsBySlug(String slug);

    /** One query for the whole list, paragraph counts included. */
    @Query("""
            select new app.steppe.reading.ReadingSummary(
                r.id, r.slug, r.title, r.subtitle, v.id, v.number, size(v.paragraphs), r.source)
            from Reading r join ReadingVersion v on v.reading = r and v.number = r.currentVersion
            order by lower(r.title), r.id""")
    List<ReadingSummary> summaries();
}
