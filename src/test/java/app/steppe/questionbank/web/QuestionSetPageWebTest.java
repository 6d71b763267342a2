package app.steppe.questionbank.web;

import static app.steppe.questionbank.web.QuestionSetWebFixtures.SHIPPED_SLUG;
import static app.steppe.questionbank.web.QuestionSetWebFixtures.SHIPPED_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.questionbank.domain.Citation;
import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.SetHeader;
import app.steppe.questionbank.domain.TrueFalse;
import app.steppe.reading.ReadingApi;
import app.steppe.reading.domain.ReadingBody;
import app.steppe.reading.domain.ReadingContent;
import app.steppe.reading.domain.ReadingLibrary;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class QuestionSetPageWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    QuestionBank bank;
    @Autowired
    QuestionBankQueries queries;
    @Autowired
    ReadingLibrary library;
    @Autowired
    ReadingApi readings;

    QuestionSetWebFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new QuestionSetWebFixtures(mvc, bank, queries);
    }

    private static List<String> shownSlugs(Document page) {
        return page.select("#questions .question-slug").eachText();
    }

    private static QuestionContent trueFalse(String slug, String prompt, String reading, String quote) {
        return new QuestionContent(slug, prompt, BigDecimal.ONE, List.of("t"), null,
                List.of(new Citation(reading, quote)), new TrueFalse(true, null, null));
    }

    @Test
    void theShippedSetShowsItsHeaderItsFileAndAllItsQuestionsInOrder() throws Exception {
        long setId = fixtures.shippedSetId();

        Document page = fixtures.page("/instructor/question-sets/" + setId);

        assertThat(page.selectFirst("h1").text()).isEqualTo(SHIPPED_TITLE);
        assertThat(page.getElementById("set-header").text()).contains(SHIPPED_SLUG + ".yaml");
        assertThat(page.getElementById("detach-notice").text()).contains("detaches")
                .contains("a restart never overwrites");
        assertThat(page.selectFirst("#set-description em")).isNotNull();
        assertThat(shownSlugs(page)).hasSize(67).first().isEqualTo("division-of-labour-standard-logic");
        assertThat(page.select("#questions .qb-position").eachText()).startsWith("#1", "#2", "#3");
        Element first = page.selectFirst("#questions > li");
        assertThat(first.text()).contains("Single choice").contains("Version 1").contains("arguments");
        assertThat(first.selectFirst(".qb-prompt").text()).contains("standard logic");
        assertThat(first.select("a").eachAttr("href")).contains(
                "/instructor/questions/" + first.id().substring(1) + "/edit",
                "/instructor/questions/" + first.id().substring(1) + "/preview");
        assertThat(first.select("form[action$=/move] input[name=direction]").eachAttr("value"))
                .containsExactly("down");
        assertThat(page.select(".qb-stale")).isEmpty();
    }

    @Test
    void filteringByTypeNumericShowsTheContingentQuestionAndNoEssay() throws Exception {
        Document page = fixtures.page("/instructor/question-sets/" + fixtures.shippedSetId() + "?type=numeric");

        assertThat(shownSlugs(page)).contains("csto-contingent-size");
        assertThat(page.select("#questions .question-type").eachText()).isNotEmpty().allMatch("Numeric"::equals);
        assertThat(page.selectFirst("#filter-type option[selected]").val()).isEqualTo("numeric");
        assertThat(page.getElementById("clear-filters").attr("href"))
                .isEqualTo("/instructor/question-sets/" + fixtures.shippedSetId());
        assertThat(page.getElementById("shown-count").text()).endsWith("of 67 questions.");
    }

    @Test
    void searchingForEngelsFindsTheQuoteQuestion() throws Exception {
        Document page = fixtures.page("/instructor/question-sets/" + fixtures.shippedSetId() + "?search=Engels");

        assertThat(shownSlugs(page)).contains("engels-quote-words").doesNotContain("csto-contingent-size");
    }

    @Test
    void theTagFilterOffersTheTagsOfTheSetsQuestionsAndFiltersByOne() throws Exception {
        long setId = fixtures.shippedSetId();

        Document page = fixtures.page("/instructor/question-sets/" + setId + "?tag=csto");

        assertThat(page.select("#filter-tag option").eachAttr("value")).contains("", "csto", "figures", "people");
        assertThat(shownSlugs(page)).contains("csto-contingent-size").doesNotContain("engels-quote-words");
        assertThat(page.select("#questions > li")).allSatisfy(li -> assertThat(li.text()).contains("csto"));
    }

    @Test
    void aFilterThatMatchesNothingSaysSo() throws Exception {
        Document page = fixtures.page("/instructor/question-sets/" + fixtures.shippedSetId()
                + "?type=essay&search=no-such-words-anywhere");

        assertThat(shownSlugs(page)).isEmpty();
        assertThat(page.getElementById("no-questions")).isNotNull();
    }

    @Test
    void theAddAQuestionFormGoesToTheEditorWithAChosenType() throws Exception {
        long setId = fixtures.emptySet("Empty for now", null);

        Document page = fixtures.page("/instructor/question-sets/" + setId);

        Element form = page.getElementById("add-question");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/instructor/question-sets/" + setId + "/questions/new");
        assertThat(form.select("select[name=type] option")).hasSize(9);
        assertThat(page.getElementById("no-questions")).isNotNull();
        assertThat(page.getElementById("detach-notice")).isNull();
        assertThat(page.getElementById("set-header").text()).contains("created in the browser");
    }

    @Test
    void markupInADescriptionIsShownAsTextNeverRun() throws Exception {
        long setId = fixtures.emptySet("<script>alert('title')</script>",
                "<script>alert('x')</script> <img src=x onerror=alert(1)> **bold**");

        String html = fixtures.html("/instructor/question-sets/" + setId);

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("onerror=alert");
        assertThat(html).contains("&lt;script&gt;alert(");
        Document page = org.jsoup.Jsoup.parse(html);
        assertThat(page.selectFirst("#set-description strong").text()).isEqualTo("bold");
        assertThat(page.select("#set-description script, #set-description img")).isEmpty();
        assertThat(fixtures.html("/instructor/question-sets")).doesNotContain("<script>alert");
    }

    @Test
    void aQuestionWhoseQuoteLeftTheReadingIsFlaggedStaleWithTheClosestPassage() throws Exception {
        String title = QuestionSetWebFixtures.unique("Stale check");
        library.addReading(new ReadingContent(title, null, ReadingBody.parse(
                "Astana hosted the summit in June.\n\nThe delegates signed a declaration on transit.")));
        String reading = readings.list().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow()
                .slug();
        long setId = bank.createSet(new SetHeader(QuestionSetWebFixtures.unique("stale"), "Stale set", null, reading,
                List.of())).value();
        bank.addQuestion(setId, trueFalse("keeps", "Kept?", reading, "signed a declaration on transit"));
        bank.addQuestion(setId, trueFalse("loses", "Lost?", reading, "Astana hosted the summit in June"));

        library.addVersion(reading, new ReadingContent(title, null, ReadingBody.parse(
                "Almaty hosted the summit in July.\n\nLater, the delegates signed a declaration on transit.")));
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> queries.set(setId).questions().stream().anyMatch(q -> q.stale()));

        Document page = fixtures.page("/instructor/question-sets/" + setId);
        Element lost = page.getElementById("q" + fixtures.questionId(setId, "loses"));
        assertThat(lost.selectFirst(".qb-stale").text()).isEqualTo("STALE");
        assertThat(lost.selectFirst(".qb-stale-citation").text()).contains("Astana hosted the summit in June")
                .contains("Closest passage now").contains("hosted the summit");
        assertThat(page.getElementById("q" + fixtures.questionId(setId, "keeps")).select(".qb-stale")).isEmpty();
        assertThat(page.getElementById("set-stale-alert")).isNotNull();
        Element row = fixtures.page("/instructor/question-sets").getElementById("set-" + setId);
        assertThat(row.selectFirst(".stale-count").text()).startsWith("1 question");
    }
}
