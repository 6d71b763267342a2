package app.steppe.questionbank.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import app.steppe.questionbank.domain.QuestionImportReport.FileProblem;
import app.steppe.questionbank.domain.validation.Violation;
import app.steppe.shared.ContentHash;

/**
 * Imports the question sets in questions/ at start, after the readings: YAML files, and GIFT files ({@code .gift},
 * see {@link GiftQuestionFile}). Idempotent by content hash: an unchanged
 * file does nothing, a changed one updates its set (questions matched by id; a used version is never edited in
 * place), a set edited in the browser is left alone. A file with any error is not imported at all; its problems
 * (file, line, question id) go to the {@link QuestionImportReport} and the log, and the app still starts.
 */
@Component
@Order(30)
class QuestionFilesImporter implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(QuestionFilesImporter.class);
    /** The course-wide spellings file (not a question set). */
    static final String SPELLINGS_FILE = String.join(".", "spellings", "yaml");

    private final QuestionSetFiles files;
    private final Path questionsDir;

    QuestionFilesImporter(QuestionSetFiles files, @Value("${steppe.questions-dir}") Path questionsDir) {
        this.files = files;
        this.questionsDir = questionsDir;
    }

    @Override
    public void run(ApplicationArguments args) {
        files.importDirectory(questionsDir);
    }

    /** The import itself, one transaction per file so that one bad file leaves the others alone. */
    @Component
    static class QuestionSetFiles {

        private final QuestionSetRepository sets;
        private final QuestionRepository questions;
        private final QuestionVersionRepository versions;
        private final QuestionBank bank;
        private final Grounding grounding;
        private final Spellings spellings;
        private final QuestionImportReport report;
        private final TransactionTemplate transaction;
        private final java.time.Clock clock;

        QuestionSetFiles(QuestionSetRepository sets, QuestionRepository questions, QuestionVersionRepository versions,
                QuestionBank bank, Grounding grounding, Spellings spellings, QuestionImportReport report,
                TransactionTemplate transaction, java.time.Clock clock) {
            this.sets = sets;
            this.questions = questions;
            this.versions = versions;
            this.bank = bank;
            this.grounding = grounding;
            this.spellings = spellings;
            this.report = report;
            this.transaction = transaction;
            this.clock = clock;
        }

        void importDirectory(Path dir) {
            report.clear();
            if (!Files.isDirectory(dir)) {
                log.warn("No questions directory at {}", dir.toAbsolutePath());
                return;
            }
            Path spellingsFile = dir.resolve(SPELLINGS_FILE);
            if (Files.isRegularFile(spellingsFile)) {
                report.failed(spellings.importFile(spellingsFile));
            }
            try (Stream<Path> entries = Files.list(dir)) {
                entries.filter(p -> p.getFileName().toString().matches(".*\\.(ya?ml|gift)"))
                        .filter(p -> !p.getFileName().toString().equals(SPELLINGS_FILE))
                        .sorted()
                        .forEach(this::importFile);
            } catch (IOException e) {
                log.error("Cannot list {}: {}", dir, e.getMessage());
            }
        }

        /** Imports one file; returns its problems (empty when imported or unchanged). */
        List<FileProblem> importFile(Path path) {
            String name = path.getFileName().toString();
            List<FileProblem> problems;
            try {
                problems = importBytes(name, Files.readAllBytes(path));
            } catch (IOException e) {
                problems = List.of(new FileProblem(name, null, null, "import.unreadable", null));
            }
            if (!problems.isEmpty()) {
                report.failed(problems);
                problems.forEach(p -> log.warn("Question file not imported: {}", p));
            }
            return problems;
        }

        List<FileProblem> importBytes(String name, byte[] bytes) {
            String hash = ContentHash.sha256(bytes);
            Optional<QuestionSet> existing = sets.findBySourceFile(name);
            if (existing.isPresent() && existing.get().isDetached()) {
                report.ignoredDetached(name);
                log.info("{} is not imported: its set was edited in the browser and no longer follows the file", name);
                return List.of();
            }
            if (existing.isPresent() && hash.equals(existing.get().getSourceHash())) {
                return List.of();
            }
            QuestionSetYaml.Parsed parsed = null;
            QuestionSetContent content;
            if (name.endsWith(GiftQuestionFile.EXTENSION)) {
                // a GIFT file (Moodle's format): its questions come without citations, not yet grounded
                GiftQuestionFile.Read gift = GiftQuestionFile.read(name, bytes);
                if (!gift.problems().isEmpty()) {
                    return gift.problems();
                }
                content = gift.set();
            } else {
                parsed = QuestionSetYaml.read(name, bytes);
                if (!parsed.problems().isEmpty()) {
                    return parsed.problems();
                }
                content = parsed.set();
            }
            List<FileProblem> problems = new ArrayList<>();
            Optional<QuestionSet> sameSlug = sets.findBySlug(content.slug());
            if (sameSlug.isPresent() && (existing.isEmpty() || !sameSlug.get().getId().equals(existing.get().getId()))) {
                problems.add(new FileProblem(name, 1, null, "set.slug.taken",
                        new Object[] {content.slug()}));
            }
            Grounding.Check check = grounding.check();
            Map<String, List<GroundedCitation>> grounded = new HashMap<>();
            for (QuestionContent question : content.questions()) {
                Grounding.Result result = check.ground(question, "");
                grounded.put(question.slug(), result.citations());
                for (Violation v : result.violations()) {
                    problems.add(new FileProblem(name, parsed == null ? null : parsed.lineOf(question.slug(), v.path()),
                            question.slug(),
                            v.messageKey(), v.args()));
                }
            }
            if (!problems.isEmpty()) {
                return problems;
            }
            try {
                transaction.executeWithoutResult(status -> apply(existing, name, hash, content, grounded));
            } catch (RuntimeException e) {
                log.error("Question file {} could not be stored", name, e);
                return List.of(new FileProblem(name, null, null, "import.failed", null));
            }
            log.info("Question set '{}' imported from {} ({} questions)", content.slug(), name,
                    content.questions().size());
            return List.of();
        }

        private void apply(Optional<QuestionSet> existing, String file, String hash, QuestionSetContent content,
                Map<String, List<GroundedCitation>> grounded) {
            SetHeader header = SetHeader.of(content);
            QuestionSet set = existing.map(s -> sets.findById(s.getId()).orElseThrow()).orElse(null);
            if (set == null) {
                set = sets.save(QuestionSet.importedFrom(header, file, hash, clock.instant()));
            } else {
                set.reimport(header, hash, clock.instant());
            }
            Map<String, Question> bySlug = new HashMap<>();
            questions.findBySetIdOrderByPositionAsc(set.getId()).forEach(q -> bySlug.put(q.getSlug(), q));
            for (int i = 0; i < content.questions().size(); i++) {
                QuestionContent question = content.questions().get(i);
                Question stored = bySlug.remove(question.slug());
                if (stored == null) {
                    stored = questions.save(new Question(set.getId(), question.slug(), i + 1));
                }
                stored.restore();
                stored.moveTo(i + 1);
                update(stored, question, header.readingSlug(), grounded.get(question.slug()));
            }
            bySlug.values().forEach(Question::delete);
        }

        private void update(Question stored, QuestionContent question, String readingSlug,
                List<GroundedCitation> grounded) {
            if (stored.getCurrentVersionId() == null) {
                bank.storeVersion(stored, 1, question, readingSlug, grounded);
                return;
            }
            QuestionVersion current = versions.findById(stored.getCurrentVersionId()).orElseThrow();
            if (current.getBody().equals(QuestionBodyCodec.write(question, readingSlug)) && !current.hasStaleCitation()) {
                return;
            }
            if (current.isUsed()) {
                bank.storeVersion(stored, versions.maxVersionNo(stored.getId()) + 1, question, readingSlug, grounded);
            } else {
                current.rewrite(question, readingSlug, grounded);
            }
        }
    }
}
