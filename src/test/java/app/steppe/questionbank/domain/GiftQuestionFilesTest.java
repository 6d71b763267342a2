package app.steppe.questionbank.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.steppe.questionbank.QuestionBankApi;
import app.steppe.support.SteppeWebTest;

/** GIFT files in questions/ are imported like YAML ones: once per content, not yet grounded, refused when unclear. */
@SteppeWebTest
class GiftQuestionFilesTest {

    @Autowired
    QuestionFilesImporter.QuestionSetFiles files;
    @Autowired
    QuestionBankQueries queries;
    @Autowired
    QuestionBankApi api;

    private static byte[] gift(String slug) {
        return ("// [set:" + slug + "] [title:From GIFT] [reading:kazakhstan-crisis-china]\n\n"
                + "::Two:: Two plus two equals {=four =4}.\n\n::TF:: The CSTO sent troops.{T}\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aGiftFileBecomesASetWhoseQuestionsAreNotYetGroundedAndAReimportChangesNothing() {
        assertThat(files.importBytes("gift-file.gift", gift("gift-file"))).isEmpty();
        assertThat(files.importBytes("gift-file.gift", gift("gift-file"))).isEmpty();

        QuestionBankQueries.SetSummary set = queries.sets().stream().filter(s -> s.slug().equals("gift-file"))
                .findFirst().orElseThrow();
        assertThat(set.questionCount()).isEqualTo(2);
        assertThat(set.ungroundedCount()).isEqualTo(2);
        assertThat(api.set(set.id()).orElseThrow().grounded()).isFalse();
    }

    @Test
    void aGiftFileThatNamesNoReadingIsRefusedWithItsReason() {
        assertThat(files.importBytes("no-reading.gift", "Q {T}".getBytes(StandardCharsets.UTF_8)))
                .extracting(QuestionImportReport.FileProblem::messageKey).containsExactly("interop.file.noReading");
    }

    @Test
    void aGiftFileWithARejectedQuestionIsNotImportedAndNamesItsLine() {
        byte[] file = "// [reading:kazakhstan-crisis-china]\n\nFine {T}\n\nBroken {=a =b ~c}\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(files.importBytes("rejected.gift", file))
                .extracting(QuestionImportReport.FileProblem::line).containsExactly(5);
        assertThat(queries.sets()).noneMatch(s -> "rejected".equals(s.slug()));
    }
}
