package app.steppe.questionbank.web;

import static app.steppe.questionbank.web.QuestionEditorForms.READING;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionBankQueries.QuestionSummary;
import app.steppe.questionbank.domain.QuestionSetImport;
import app.steppe.questionbank.domain.SetHeader;

/**
 * A set imported from GIFT, so without citations: two questions the course reading treats (the CSTO contingent's
 * size, the Engels quotation) and one it does not (Mongolia's capital).
 */
final class UngroundedSet {

    static final String GIFT = """
            ::csto-size:: How many troops did the Collective Security Treaty Organization send to Kazakhstan? {#2030}

            ::engels:: A Chinese analyst quoted a statement about the politics of imperial Russia. Whose? {
              =Friedrich Engels
              ~Karl Marx
              ~Vladimir Lenin
            }

            ::mongolia:: What is the capital of Mongolia? {=Ulaanbaatar}
            """;

    private final QuestionBankQueries queries;
    final long setId;

    UngroundedSet(QuestionSetImport imports, QuestionBankQueries queries) {
        this.queries = queries;
        String slug = "ungrounded-" + UUID.randomUUID().toString().substring(0, 8);
        this.setId = imports.importFile(QuestionSetImport.Format.GIFT, GIFT.getBytes(StandardCharsets.UTF_8),
                new SetHeader(slug, "Imported " + slug, null, READING, List.of())).setId();
    }

    QuestionSummary summary(String slug) {
        return queries.set(setId).questions().stream().filter(q -> q.slug().equals(slug)).findFirst().orElseThrow();
    }

    long id(String slug) {
        return summary(slug).id();
    }
}
