package app.steppe.questionbank.web;

import static app.steppe.questionbank.web.QuestionSetWebFixtures.SHIPPED_SLUG;
import static app.steppe.questionbank.web.QuestionSetWebFixtures.SHIPPED_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionImportReport;
import app.steppe.questionbank.domain.QuestionImportReport.FileProblem;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class QuestionSetListWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    QuestionBank bank;
    @Autowired
    QuestionBankQueries queries;
    @Autowired
    QuestionImportReport importReport;

    QuestionSetWebFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new QuestionSetWebFixtures(mvc, bank, queries);
    }

    private Element rowOf(Document page, long setId) {
        Element row = page.getElementById("set-" + setId);
        assertThat(row).as("row of set %s", setId).isNotNull();
        return row;
    }

    @Test
    void listsTheShippedSetWithItsReadingSixtySevenQuestionsAndItsFile() throws Exception {
        Document page = fixtures.page("/instructor/question-sets");

        Element row = rowOf(page, fixtures.shippedSetId());
        assertThat(row.selectFirst("th a").text()).isEqualTo(SHIPPED_TITLE);
        assertThat(row.selectFirst(".question-count").text()).isEqualTo("67");
        assertThat(row.text()).contains("After Kazakhstan Crisis").contains(SHIPPED_SLUG + ".yaml")
                .doesNotContain("detached from its file").doesNotContain("created in the browser");
        assertThat(row.select(".stale-count")).isEmpty();
    }

    @Test
    void aSetMadeInTheBrowserSaysSoAndLinksToItsPage() throws Exception {
        long setId = fixtures.emptySet("Made in the browser", null);

        Element row = rowOf(fixtures.page("/instructor/question-sets"), setId);

        assertThat(row.text()).contains("created in the browser");
        assertThat(row.selectFirst("th a").attr("href")).isEqualTo("/instructor/question-sets/" + setId);
        assertThat(row.selectFirst(".question-count").text()).isEqualTo("0");
    }

    @Test
    void listsEachFileThatWasNotImportedWithLineQuestionAndProblem() throws Exception {
        String file = QuestionSetWebFixtures.unique("broken") + ".yaml";
        // The report is filled by the import at start only; this puts a failed file in it as the import would.
        ReflectionTestUtils.invokeMethod(importReport, "failed", List.of(
                new FileProblem(file, 16, "typo-one", "citation.quote.notFound",
                        new Object[] {"the 2,030-strong contingent", 2, 93}),
                new FileProblem(file, null, null, "import.unreadable", null)));

        Element section = fixtures.page("/instructor/question-sets").getElementById("import-report");

        assertThat(section.selectFirst("h2").text()).isEqualTo("Files in questions/ that were not imported");
        Element card = section.select(".failed-file").stream().filter(c -> c.selectFirst("h3").text().equals(file))
                .findFirst().orElseThrow();
        assertThat(card.select("tbody tr")).hasSize(2);
        assertThat(card.select("tbody tr").get(0).select("td").eachText())
                .containsExactly("16", "typo-one", "The quote is not in the reading. Closest passage (paragraph 2, 93% "
                        + "similar): \"the 2,030-strong contingent\"");
        assertThat(card.select("tbody tr").get(1).select("td").eachText())
                .containsExactly("\u2014", "\u2014", "The file could not be read.");
    }

    @Test
    void listsTheFilesIgnoredBecauseTheirSetWasEditedInTheBrowser() throws Exception {
        String file = QuestionSetWebFixtures.unique("edited-in-browser") + ".yaml";
        ReflectionTestUtils.invokeMethod(importReport, "ignoredDetached", file);

        Element section = fixtures.page("/instructor/question-sets").getElementById("import-report");

        assertThat(section.select("#detached-files li").eachText()).contains(file);
        assertThat(section.text()).contains("a restart never overwrites");
    }
}
