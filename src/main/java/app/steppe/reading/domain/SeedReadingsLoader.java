package app.steppe.reading.domain;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Loads every {@code *.md} and {@code *.txt} in {@code steppe.seeds-dir} at start. Idempotent by content hash:
 * an unchanged file does nothing, a changed one becomes the next version. A bad file is logged and skipped so
 * that the application still starts; each file is stored in its own transaction.
 */
@Component
@Order(20)
public class SeedReadingsLoader implements ApplicationRunner {

    public static final long MAX_FILE_BYTES = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(SeedReadingsLoader.class);

    private final ReadingLibrary library;
    private final Path seedsDir;

    SeedReadingsLoader(ReadingLibrary library, @Value("${steppe.seeds-dir:./seeds}") Path seedsDir) {
        this.library = library;
        this.seedsDir = seedsDir;
    }

    @Override
    public void run(ApplicationArguments args) {
        load(seedsDir);
    }

    public SeedLoadReport load(Path dir) {
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> slugsSeen = new HashSet<>();
        for (Path file : seedFiles(dir)) {
            String name = file.getFileName().toString();
            String slug = Slugs.fromFileName(name);
            if (!slugsSeen.add(slug)) {
                log.warn("Seed file {} skipped: another seed file already gives the reading '{}'.", name, slug);
                skipped.add(name);
                continue;
            }
            try {
                SeedResult result = library.loadSeed(slug, read(file, slug));
                switch (result.outcome()) {
                    case CREATED -> {
                        log.info("Reading '{}' loaded from {} (version 1).", slug, name);
                        created.add(slug);
                    }
                    case UPDATED -> {
                        log.info("Reading '{}' updated from {} to version {}.", slug, name, result.added().version());
                        updated.add(slug);
                    }
                    case UNCHANGED -> unchanged.add(slug);
                    case SLUG_TAKEN -> {
                        log.warn("Seed file {} skipped: a reading added in the browser already uses the name '{}'.",
                                name, slug);
                        skipped.add(name);
                    }
                }
            } catch (UnreadableSeedException e) {
                log.warn("Seed file {} skipped: {}.", name, e.getMessage());
                skipped.add(name);
            } catch (TextRejectedException e) {
                log.warn("Seed file {} skipped: not a valid reading ({}).", name, e.reason());
                skipped.add(name);
            } catch (DataAccessException e) {
                log.warn("Seed file {} skipped: the database refused it ({}).", name, e.getClass().getSimpleName());
                skipped.add(name);
            }
        }
        return new SeedLoadReport(created, updated, unchanged, skipped);
    }

    private static List<Path> seedFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            log.info("No seeds directory at {}: no readings loaded.", dir.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).filter(SeedReadingsLoader::isSeedName).sorted().toList();
        } catch (IOException e) {
            log.warn("Seeds directory {} cannot be listed ({}): no readings loaded.", dir, e.getClass().getSimpleName());
            return List.of();
        }
    }

    private static boolean isSeedName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".md") || name.endsWith(".txt"));
    }

    private static ReadingContent read(Path file, String slug) {
        String text;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new UnreadableSeedException("larger than " + MAX_FILE_BYTES + " bytes");
            }
            text = StrictUtf8.decode(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            throw new UnreadableSeedException("not valid UTF-8");
        } catch (IOException e) {
            throw new UnreadableSeedException("cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        SourceDocument document = SourceDocument.parse(text);
        return new ReadingContent(document.titleOr(slug), document.subtitle(), ReadingBody.parse(document.body()));
    }

    private static final class UnreadableSeedException extends RuntimeException {

        UnreadableSeedException(String why) {
            super(why, null, false, false);
        }
    }
}
