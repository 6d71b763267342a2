package app.steppe.questionbank.web;

import static app.steppe.questionbank.web.QuestionSetWebFixtures.INSTRUCTOR;
import static app.steppe.questionbank.web.QuestionSetWebFixtures.READING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.reading.ReadingApi;
import app.steppe.reading.ReadingText;
import app.steppe.reading.domain.ReadingBody;
import app.steppe.reading.domain.ReadingContent;
import app.steppe.reading.domain.ReadingLibrary;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class CoverageWebTest {

    private static final String COVERAGE = "/instructor/readings/" + READING + "/coverage";

    @Autowired
    MockMvc mvc;
    @Autowired
    QuestionBank bank;
    @Autowired
    QuestionBankQueries queries;
    @Autowired
    ReadingApi readings;
    @Autowired
    ReadingLibrary library;

    QuestionSetWebFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new QuestionSetWebFixtures(mvc, bank, queries);
    }

    private static long count(Element paragraph) {
        return Long.parseLong(paragraph.selectFirst(".coverage-count").attr("data-count"));
    }

    private static Map<String, String> query(String href) {
        return Arrays.stream(URI.create(href).getRawQuery().split("&")).map(kv -> kv.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> URLDecoder.decode(kv[1], StandardCharsets.UTF_8)));
    }

    @Test
    void showsEveryParagraphOfTheCurrentVersionWithHowManyQuestionsCiteIt() throws Exception {
        ReadingText reading = readings.currentBySlug(READING).orElseThrow();

        Document page = fixtures.page(COVERAGE);

        assertThat(page.select("section[id~=^p\\d+$]")).hasSize(19).hasSize(reading.paragraphs().size());
        assertThat(page.select(".coverage-count")).hasSize(19);
        assertThat(count(page.getElementById("p2"))).isGreaterThanOrEqualTo(1);
        assertThat(page.getElementById("p2").text()).contains("2,030-strong contingent");
        Map<Integer, Long> expected = queries.coverage(reading.versionId());
        for (int n = 1; n <= 19; n++) {
            assertThat(count(page.getElementById("p" + n))).as("paragraph %s", n).isEqualTo(expected.getOrDefault(n, 0L));
        }
        long tested = expected.values().stream().filter(c -> c > 0).count();
        assertThat(page.getElementById("coverage-summary").text()).isEqualTo(tested + " of 19 paragraphs are tested.");
    }

    @Test
    void offersTheSetsOfThisReadingAndPlainLinksThatQuoteAWholeParagraph() throws Exception {
        long shipped = fixtures.shippedSetId();

        Document page = fixtures.page(COVERAGE + "?set=" + shipped);

        Element select = page.getElementById("coverage-set");
        assertThat(page.selectFirst("label[for=coverage-set]")).isNotNull();
        assertThat(select.select("option").eachAttr("value")).contains(String.valueOf(shipped));
        assertThat(select.selectFirst("option[selected]").val()).isEqualTo(String.valueOf(shipped));
        Element button = page.getElementById("cite-selection");
        assertThat(button.attr("type")).isEqualTo("button");
        assertThat(button.hasAttr("hidden")).as("shown by the script only").isTrue();
        assertThat(page.getElementById("cite-no-js").text()).contains("JavaScript");
        assertThat(page.select("script[src]").eachAttr("src")).contains("/js/cite-selection.js");
        assertThat(page.getElementById("cite-bar").attr("data-new-question-url"))
                .isEqualTo("/instructor/question-sets/SET_ID/questions/new");

        String href = page.getElementById("p7").selectFirst("a.qb-cite-paragraph").attr("href");
        assertThat(href).startsWith("/instructor/question-sets/" + shipped + "/questions/new?");
        Map<String, String> params = query(href);
        assertThat(params.get("reading")).isEqualTo(READING);
        assertThat(params.get("quote")).isEqualTo(readings.currentBySlug(READING).orElseThrow().paragraph(7)
                .orElseThrow().text());
    }

    @Test
    void aParagraphNoQuestionCitesStandsOutWithALabelAndAReadingWithoutASetOffersToCreateOne() throws Exception {
        String title = QuestionSetWebFixtures.unique("Uncovered reading");
        library.addReading(new ReadingContent(title, null, ReadingBody.parse("First.\n\nSecond.")));
        String slug = readings.list().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow().slug();

        Document page = fixtures.page("/instructor/readings/" + slug + "/coverage");

        Element first = page.getElementById("p1");
        assertThat(count(first)).isZero();
        assertThat(first.hasClass("qb-untested")).isTrue();
        assertThat(first.selectFirst(".coverage-count").text()).contains("Not tested");
        assertThat(page.getElementById("coverage-summary").text()).isEqualTo("0 of 2 paragraphs are tested.");
        assertThat(page.getElementById("coverage-set")).isNull();
        assertThat(page.select("a.qb-cite-paragraph")).isEmpty();
        assertThat(page.getElementById("create-set-link").attr("href"))
                .isEqualTo("/instructor/question-sets/new?reading=" + slug);
    }

    @Test
    void theReadingPageLinksInstructorsToTheCoverage() throws Exception {
        Document page = fixtures.page("/readings/" + READING);

        assertThat(page.getElementById("coverage-link").attr("href")).isEqualTo(COVERAGE);
        assertThat(page.select("nav a[href=/instructor/question-sets]")).isNotEmpty();
        String asStudent = mvc.perform(get("/readings/" + READING).with(user(QuestionSetWebFixtures.STUDENT)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(asStudent).doesNotContain("coverage-link").doesNotContain("/instructor/question-sets");
    }

    @Test
    void anUnknownReadingIsNotFound() throws Exception {
        mvc.perform(get("/instructor/readings/no-such-reading/coverage").with(user(INSTRUCTOR)))
                .andExpect(status().isNotFound());
    }
}
