package app.steppe.questionbank.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.steppe.questionbank.domain.QuestionBankQueries.QuestionSummary;
import app.steppe.questionbank.domain.QuestionImportReport.FileProblem;
import app.steppe.reading.ReadingApi;
import app.steppe.reading.domain.ReadingBody;
import app.steppe.reading.domain.ReadingContent;
import app.steppe.reading.domain.ReadingLibrary;
import app.steppe.support.SteppeWebTest;

/** The question bank against the real database, readings and the shipped question set. */
@SteppeWebTest
class QuestionBankIntegrationTest {

    @Autowired
    QuestionBank bank;
    @Autowired
    QuestionBankQueries queries;
    @Autowired
    QuestionSetExport export;
    @Autowired
    QuestionFilesImporter.QuestionSetFiles files;
    @Autowired
    QuestionSetRepository sets;
    @Autowired
    ReadingApi readings;
    @Autowired
    ReadingLibrary library;
    @Autowired
    Spellings spellings;
    @Autowired
    QuestionVersionRepository versionRepository;
    @Autowired
    app.steppe.questionbank.QuestionBankApi api;

    private long shippedSetId() {
        return sets.findBySlug("kazakhstan-2022").orElseThrow().getId();
    }

    @Test
    void theShippedSetIsImportedAtStartWithEveryCitationVerified() {
        var set = queries.set(shippedSetId());
        assertThat(set.questions()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(set.questions()).noneMatch(QuestionSummary::stale);
        assertThat(set.questions().stream().map(QuestionSummary::type).distinct()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(set.questions().stream().map(QuestionSummary::slug))
                .contains("csto-contingent-size", "sino-kazakh-border-length", "engels-quote-words");
    }

    @Test
    void theThreeNamedFactsHaveTheArticlesAnswers() {
        Map<String, Long> ids = idsBySlug(shippedSetId());
        var csto = (Numeric) queries.question(ids.get("csto-contingent-size")).content().answer();
        var border = (Numeric) queries.question(ids.get("sino-kazakh-border-length")).content().answer();
        assertThat(csto.creditFor(new BigDecimal("2030"))).isEqualByComparingTo("1");
        assertThat(border.creditFor(new BigDecimal("1782"))).isEqualByComparingTo("1");
        var engels = queries.question(ids.get("engels-quote-words"));
        assertThat(engels.citations()).allSatisfy(c -> assertThat(c.quote()).contains("legitimist"));
    }

    @Test
    void everySubstantiveParagraphOfTheReadingIsCitedByAQuestion() {
        var reading = readings.currentBySlug("kazakhstan-crisis-china").orElseThrow();
        Map<Integer, Long> coverage = queries.coverage(reading.versionId());
        assertThat(coverage.keySet()).containsExactlyInAnyOrderElementsOf(
                reading.paragraphs().stream().map(p -> p.number()).toList());
    }

    @Test
    void otherModulesSeeTheSetsQuestionsAndCurrentVersions() {
        long setId = shippedSetId();
        assertThat(api.set(setId)).hasValueSatisfying(s -> {
            assertThat(s.grounded()).isTrue();
            assertThat(s.questionCount()).isEqualTo(queries.set(setId).questions().size());
        });
        var refs = api.questions(setId);
        assertThat(refs).hasSize(queries.set(setId).questions().size());
        assertThat(refs.get(0).versionId()).isEqualTo(queries.question(refs.get(0).questionId()).versionId());
        assertThat(refs).anySatisfy(r -> assertThat(r.type()).isEqualTo("essay"));
    }

    @Test
    void aDuplicatedSetHasItsOwnCopyOfEveryQuestion() {
        long copy = bank.duplicateSet(shippedSetId());
        var original = queries.set(shippedSetId()).questions();
        var copied = queries.set(copy).questions();
        assertThat(copied).extracting(QuestionSummary::slug)
                .containsExactlyElementsOf(original.stream().map(QuestionSummary::slug).toList());
        assertThat(copied).extracting(QuestionSummary::id).doesNotContainAnyElementsOf(
                original.stream().map(QuestionSummary::id).toList());
        bank.deleteSet(copy);
        assertThat(sets.findById(copy)).isEmpty();
    }

    @Test
    void aSetWhoseOlderQuestionVersionWasUsedIsArchivedNotDeleted() {
        long setId = newSet();
        long questionId = bank.addQuestion(setId, trueFalse("q1", "First.")).value();
        long usedVersion = queries.question(questionId).versionId();
        bank.markUsed(List.of(usedVersion));
        bank.changeQuestion(questionId, trueFalse("q1", "Second."), 1);

        bank.deleteSet(setId);

        assertThat(sets.findById(setId)).hasValueSatisfying(s -> assertThat(s.isArchived()).isTrue());
        assertThat(queries.sets()).noneMatch(s -> s.id() == setId);
        assertThat(api.questions(setId)).isEmpty();
        assertThat(versionRepository.findById(usedVersion)).isPresent();
    }

    @Test
    void aSetDeletedInTheBrowserIsNotImportedAgainFromItsFile() {
        String slug = "gone-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = """
                set: %s
                title: Deleted later
                reading: kazakhstan-crisis-china
                questions:
                  - id: q1
                    type: true_false
                    prompt: The CSTO sent a contingent.
                    answer: true
                    cite: ["the 2,030-strong contingent"]
                """.formatted(slug).getBytes(StandardCharsets.UTF_8);
        files.importBytes(slug + ".yaml", file);
        bank.deleteSet(sets.findBySlug(slug).orElseThrow().getId());

        files.importBytes(slug + ".yaml", (new String(file, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(sets.findBySlug(slug)).isEmpty();
        assertThat(queries.sets()).noneMatch(s -> s.slug().startsWith(slug));
    }

    @Test
    void theCourseWideSpellingsAreLoadedFromTheirFile() {
        var equivalents = spellings.current();
        assertThat(equivalents.canonicalise("Toqaev", false)).isEqualTo(equivalents.canonicalise("Tokayev", false));
        assertThat(equivalents.canonicalise("Nazarbaev", false))
                .isEqualTo(equivalents.canonicalise("Nazarbayev", false))
                .isNotEqualTo(equivalents.canonicalise("Tokayev", false));
    }

    @Test
    void importingAnUnchangedFileAgainChangesNothing() throws Exception {
        byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("questions/kazakhstan-2022.yaml"));
        var before = queries.set(shippedSetId()).questions();
        assertThat(files.importBytes("kazakhstan-2022.yaml", bytes)).isEmpty();
        assertThat(queries.set(shippedSetId()).questions()).isEqualTo(before);
    }

    @Test
    void aFileWithABadQuoteIsNotImportedAtAllAndTheProblemNamesFileLineAndQuestion() {
        String slug = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        String yaml = """
                set: %s
                title: A set with one good and one bad question
                reading: kazakhstan-crisis-china
                questions:
                  - id: good-one
                    type: true_false
                    prompt: The CSTO sent a contingent.
                    answer: true
                    cite:
                      - "the 2,030-strong contingent sent by the Collective Security Treaty Organization"
                  - id: typo-one
                    type: true_false
                    prompt: The CSTO sent a contingent.
                    answer: true
                    cite:
                      - "the 2,300-strong contingent sent by the Collective Security Treaty Organization"
                """.formatted(slug);

        List<FileProblem> problems = files.importBytes(slug + ".yaml", yaml.getBytes(StandardCharsets.UTF_8));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(slug + ".yaml");
            assertThat(p.questionId()).isEqualTo("typo-one");
            assertThat(p.line()).isEqualTo(16);
            assertThat(p.messageKey()).isEqualTo("citation.quote.notFound");
            assertThat(p.args()[0].toString()).contains("2,030-strong contingent");
        });
        assertThat(sets.findBySlug(slug)).isEmpty();
    }

    @Test
    void editingAnUnusedQuestionRewritesItsVersionAndAUsedOneGetsANewVersion() {
        long setId = newSet();
        long questionId = bank.addQuestion(setId, trueFalse("csto-fact", "The CSTO sent troops.")).value();
        assertThat(queries.question(questionId).versionNo()).isEqualTo(1);

        assertThat(bank.changeQuestion(questionId, trueFalse("csto-fact", "The CSTO sent peacekeepers."), 1).ok())
                .isTrue();
        var unusedEdit = queries.question(questionId);
        assertThat(unusedEdit.versionNo()).isEqualTo(1);
        assertThat(unusedEdit.content().prompt()).isEqualTo("The CSTO sent peacekeepers.");

        bank.markUsed(List.of(unusedEdit.versionId()));
        assertThat(bank.changeQuestion(questionId, trueFalse("csto-fact", "Changed after use."), 1).ok()).isTrue();
        var usedEdit = queries.question(questionId);
        assertThat(usedEdit.versionNo()).isEqualTo(2);
        assertThat(usedEdit.versionId()).isNotEqualTo(unusedEdit.versionId());
    }

    @Test
    void aStaleEditIsRefusedAndSavesNothing() {
        long setId = newSet();
        long questionId = bank.addQuestion(setId, trueFalse("q1", "First.")).value();
        bank.changeQuestion(questionId, trueFalse("q1", "Second."), 1);

        var outcome = bank.changeQuestion(questionId, trueFalse("q1", "From an old form."), 0);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.violations()).anyMatch(v -> v.messageKey().equals("question.stale"));
        assertThat(queries.question(questionId).content().prompt()).isEqualTo("Second.");
    }

    @Test
    void aQuoteThatIsNotInTheReadingIsRefusedWithTheClosestPassage() {
        long setId = newSet();
        var content = new QuestionContent("typo", "Prompt", BigDecimal.ONE, List.of(), null,
                List.of(new Citation("kazakhstan-crisis-china", "the 2,300-strong contingent sent by the CSTO")),
                new TrueFalse(true, null, null));

        var outcome = bank.addQuestion(setId, content);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("cite[0]");
            assertThat(v.messageKey()).isEqualTo("citation.quote.notFound");
            assertThat(v.args()[0].toString()).contains("2,030-strong contingent");
        });
        assertThat(queries.set(setId).questions()).isEmpty();
    }

    @Test
    void aNewReadingVersionFlagsQuestionsWhoseQuoteIsGoneAndKeepsThem() {
        String readingSlug = "flag-" + UUID.randomUUID().toString().substring(0, 8);
        library.addReading(new ReadingContent(readingSlug, null, ReadingBody.parse(
                "Astana hosted the summit in June.\n\nThe delegates signed a declaration on transit.")));
        String actualSlug = readings.list().stream().filter(r -> r.title().equals(readingSlug)).findFirst()
                .orElseThrow().slug();
        long setId = bank.createSet(new SetHeader("set-" + actualSlug, "Flags", null, actualSlug, List.of())).value();
        long keeps = bank.addQuestion(setId, trueFalseCiting("keeps", actualSlug, "signed a declaration on transit"))
                .value();
        long loses = bank.addQuestion(setId, trueFalseCiting("loses", actualSlug, "Astana hosted the summit in June"))
                .value();

        library.addVersion(actualSlug, new ReadingContent(readingSlug, null, ReadingBody.parse(
                "Almaty hosted the summit in July.\n\nLater, the delegates signed a declaration on transit.")));

        assertThat(queries.question(keeps).citations()).singleElement()
                .satisfies(c -> {
                    assertThat(c.stale()).isFalse();
                    assertThat(c.paragraph()).isEqualTo(2);
                });
        assertThat(queries.question(loses).citations()).singleElement()
                .satisfies(c -> {
                    assertThat(c.stale()).isTrue();
                    assertThat(c.suggestion()).contains("hosted the summit");
                });
        assertThat(queries.set(setId).questions()).hasSize(2);
    }

    @Test
    void exportThenImportGivesTheSameSet() {
        var original = export.content(shippedSetId());
        String yaml = export.yaml(shippedSetId());
        var parsed = QuestionSetYaml.read("export.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.set()).isEqualTo(original);
    }

    @Test
    void editingASetInTheBrowserDetachesItFromItsFile() {
        String slug = "file-" + UUID.randomUUID().toString().substring(0, 8);
        String yaml = """
                set: %s
                title: From a file
                reading: kazakhstan-crisis-china
                questions:
                  - id: q1
                    type: true_false
                    prompt: The CSTO sent a contingent.
                    answer: true
                    cite: ["the 2,030-strong contingent"]
                """.formatted(slug);
        assertThat(files.importBytes(slug + ".yaml", yaml.getBytes(StandardCharsets.UTF_8))).isEmpty();
        long setId = sets.findBySlug(slug).orElseThrow().getId();
        long q1 = queries.set(setId).questions().get(0).id();
        bank.changeQuestion(q1, trueFalse("q1", "Edited in the browser."), 1);

        String changedFile = yaml.replace("From a file", "Changed file");
        assertThat(files.importBytes(slug + ".yaml", changedFile.getBytes(StandardCharsets.UTF_8))).isEmpty();

        var set = queries.set(setId);
        assertThat(set.detached()).isTrue();
        assertThat(set.header().title()).isEqualTo("From a file");
        assertThat(queries.question(q1).content().prompt()).isEqualTo("Edited in the browser.");
    }

    private long newSet() {
        String slug = "set-" + UUID.randomUUID().toString().substring(0, 8);
        return bank.createSet(new SetHeader(slug, "Test set", null, "kazakhstan-crisis-china", List.of())).value();
    }

    private static QuestionContent trueFalse(String slug, String prompt) {
        return trueFalse(slug, prompt, "kazakhstan-crisis-china", "the 2,030-strong contingent");
    }

    private static QuestionContent trueFalseCiting(String slug, String reading, String quote) {
        return trueFalse(slug, "Is it so?", reading, quote);
    }

    private static QuestionContent trueFalse(String slug, String prompt, String reading, String quote) {
        return new QuestionContent(slug, prompt, BigDecimal.ONE, List.of(), null, List.of(new Citation(reading, quote)),
                new TrueFalse(true, null, null));
    }

    private Map<String, Long> idsBySlug(long setId) {
        return queries.set(setId).questions().stream()
                .collect(java.util.stream.Collectors.toMap(QuestionSummary::slug, QuestionSummary::id));
    }
}
