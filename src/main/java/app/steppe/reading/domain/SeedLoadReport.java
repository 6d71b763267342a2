package app.steppe.reading.domain;

import java.util.List;

/**
 * What one pass over the seeds directory did.
 *
 * @param created   slugs of readings created
 * @param updated   slugs of readings that got a new version
 * @param unchanged slugs of readings whose file was already loaded
 * @param skipped   names of files that were not loaded (unreadable, not UTF-8, not a valid reading, slug taken)
 */
public record SeedLoadReport(List<String> created, List<String> updated, List<String> unchanged, List<String> skipped) {

    public SeedLoadReport {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        unchanged = List.copyOf(unchanged);
        skipped = List.copyOf(skipped);
    }
}
