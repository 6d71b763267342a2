package app.steppe.questionbank.web;

import static app.steppe.questionbank.web.QuestionEditorForms.READING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;

import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionBankQueries.QuestionDetail;
import app.steppe.questionbank.domain.QuestionBankQueries.QuestionSummary;
import app.steppe.questionbank.domain.QuestionType;
import app.steppe.questionbank.domain.SetHeader;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.support.SteppeWebTest;

@SteppeWebTest
class QuestionEditorWebTest {

    static final AuthenticatedUser INSTRUCTOR = new AuthenticatedUser(1, "instructor", "I", "INSTRUCTOR", "n/a");
    static final AuthenticatedUser STUDENT = new AuthenticatedUser(2, "student", "S", "STUDENT", "n/a");

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionBank bank;

    @Autowired
    QuestionBankQueries queries;

    long setId;

    @BeforeEach
    void aSetOfOurOwn() {
        String slug = "editor-test-" + UUID.randomUUID().toString().substring(0, 8);
        setId = bank.createSet(new SetHeader(slug, "Editor test " + slug, null, READING, List.of())).value();
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void instructorAddsAQuestionOfEachTypeAndItIsStoredAsTyped(QuestionType type) throws Exception {
        QuestionForm form = QuestionEditorForms.valid(type, "new-" + type.yamlName().replace('_', '-'));

        mvc.perform(addQuestion(QuestionEditorForms.params(form)))
                .andExpect(redirectedUrl("/instructor/question-sets/" + setId))
                .andExpect(flash().attribute("flashSuccess", "questionEditor.added"));

        QuestionDetail stored = queries.question(idOf(form.slug()));
        assertThat(stored.content().type()).isEqualTo(type);
        assertThat(QuestionFormMapper.toForm(stored.content(), null)).isEqualTo(form);
        assertThat(stored.citations()).allSatisfy(citation -> assertThat(citation.stale()).isFalse());
    }

    @Test
    void withoutATypeTheInstructorChoosesOneOfTheNineCarryingThePassageAlong() throws Exception {
        Document page = html(get(newUrl() + "?quote=the+standard+logic&reading=" + READING).with(user(INSTRUCTOR)));

        List<String> links = page.select(".qe-types a").eachAttr("href");
        assertThat(links).hasSize(9).allSatisfy(link -> assertThat(link).contains("quote=the")
                .contains("reading=" + READING));
        assertThat(links).anySatisfy(link -> assertThat(link).contains("type=fill_blanks"));
        assertThat(page.select(".qe-types p").eachText()).allSatisfy(text -> assertThat(text).isNotBlank());
    }

    @Test
    void aPassageChosenOnTheCoveragePageFillsTheFirstCitation() throws Exception {
        Document page = html(get(newUrl()).param("type", "single_choice").param("quote", QuestionEditorForms.QUOTE)
                .param("reading", READING).with(user(INSTRUCTOR)));

        assertThat(page.getElementById("citation-0-quote").text()).isEqualTo(QuestionEditorForms.QUOTE);
        assertThat(page.getElementById("citation-0-reading").val()).isEqualTo(READING);
        assertThat(page.select("label[for=option-3-text]")).hasSize(1);
    }

    @Test
    void everyInputOfTheFormHasALabel() throws Exception {
        for (QuestionType type : QuestionType.values()) {
            Document page = html(get(newUrl()).param("type", type.yamlName()).with(user(INSTRUCTOR)));

            for (Element input : page.select("form input:not([type=hidden]), form textarea, form select")) {
                assertThat(page.select("label[for=" + input.id() + "]")).as(type + " " + input.attr("name")).hasSize(1);
            }
        }
    }

    @Test
    void aBlankPromptIsShownNextToThePromptAndNothingIsSaved() throws Exception {
        QuestionForm form = QuestionEditorForms.valid(QuestionType.ESSAY, "blank-prompt");
        MultiValueMap<String, String> params = QuestionEditorForms.params(form);
        params.set("prompt", "  ");

        Document page = html(addQuestion(params));

        Element prompt = page.getElementById("prompt");
        assertThat(prompt.attr("aria-invalid")).isEqualTo("true");
        assertThat(prompt.attr("aria-describedby")).contains("prompt-error");
        assertThat(page.getElementById("prompt-error").text()).isNotBlank();
        assertThat(page.getElementById("rubric").text()).isEqualTo("Names **both** roles.");
        assertThat(queries.set(setId).questions()).isEmpty();
    }

    @Test
    void aQuoteThatIsNotInTheReadingIsShownNextToItsCitationWithTheClosestPassage() throws Exception {
        MultiValueMap<String, String> params = QuestionEditorForms.params(
                QuestionEditorForms.valid(QuestionType.NUMERIC, "wrong-figure"));
        params.set("citations[0].quote", "the 2,300-strong contingent sent by the Collective Security Treaty Organization");

        Document page = html(addQuestion(params));

        assertThat(page.getElementById("citation-0-quote").attr("aria-describedby")).contains("citation-0-quote-error");
        assertThat(page.getElementById("citation-0-quote-error").text()).isNotBlank();
        Element closest = page.selectFirst(".qe-closest");
        assertThat(closest.text()).contains("2,030-strong contingent").contains("2");
        assertThat(closest.select("a").attr("href")).isEqualTo("/readings/" + READING + "#p2");
        assertThat(queries.set(setId).questions()).isEmpty();
    }

    @Test
    void aNumberThatIsNotOneIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
        MultiValueMap<String, String> params = QuestionEditorForms.params(
                QuestionEditorForms.valid(QuestionType.NUMERIC, "not-a-number"));
        params.set("numeric.value", "two thousand");
        params.set("also[0].credit", "half");

        Document page = html(addQuestion(params));

        assertThat(page.getElementById("numeric-value-error").text()).contains("two thousand");
        assertThat(page.getElementById("also-0-credit-error").text()).contains("half");
        assertThat(page.getElementById("numeric-value").val()).isEqualTo("two thousand");
        assertThat(queries.set(setId).questions()).isEmpty();
    }

    @Test
    void aNumberThatCannotBeReadDoesNotHideTheOtherProblemsOfTheQuestion() throws Exception {
        MultiValueMap<String, String> params = QuestionEditorForms.params(
                QuestionEditorForms.valid(QuestionType.NUMERIC, "all-at-once"));
        params.set("points", "lots");
        params.set("citations[0].quote", "the 2,300-strong contingent sent by the Collective Security Treaty Organization");
        params.set("unit", "x".repeat(60));

        Document page = html(addQuestion(params));

        assertThat(page.getElementById("points-error").text()).contains("lots");
        assertThat(page.getElementById("citation-0-quote-error")).isNotNull();
        assertThat(page.selectFirst(".qe-closest").text()).contains("2,030-strong contingent");
        assertThat(page.getElementById("unit-error")).isNotNull();
        assertThat(queries.set(setId).questions()).isEmpty();
    }

    @Test
    void addingAnOptionKeepsWhatWasTypedAndSavesNothing() throws Exception {
        MultiValueMap<String, String> params = QuestionEditorForms.params(
                QuestionEditorForms.valid(QuestionType.SINGLE_CHOICE, "add-option"));
        params.add("action", "addOption");

        Document page = html(addQuestion(params));

        assertThat(page.getElementById("option-0-text").val()).isEqualTo("Russia: security; China: the economy");
        assertThat(page.getElementById("option-0-correct").hasAttr("checked")).isTrue();
        assertThat(page.getElementById("option-0-feedback").text()).isEqualTo("Right: paragraph 1.");
        assertThat(page.getElementById("option-2-text").val()).isEmpty();
        assertThat(page.getElementById("prompt").text()).startsWith("According to the article");
        assertThat(page.select(".invalid-feedback")).isEmpty();
        assertThat(page.select("button[value=addOption]").attr("formaction")).isEqualTo(newUrl() + "#answer-section");
        assertThat(page.getElementById("answer-section")).isNotNull();
        assertThat(queries.set(setId).questions()).isEmpty();
    }

    @Test
    void removingAPairRemovesThatRowOnly() throws Exception {
        MultiValueMap<String, String> params = QuestionEditorForms.params(
                QuestionEditorForms.valid(QuestionType.MATCHING, "remove-pair"));
        params.add("action", "removePair:0");

        Document page = html(addQuestion(params));

        assertThat(page.getElementById("pair-0-left").val()).isEqualTo("China");
        assertThat(page.getElementById("pair-1-left")).isNull();
        assertThat(page.getElementById("distractor-0").val()).isEqualTo("culture");
    }

    @Test
    void editingSavesTheNewPromptAndKeepsTheVersionWhileNoAttemptUsedIt() throws Exception {
        long id = added(QuestionType.TRUE_FALSE, "edit-me");
        Document editPage = html(get(editUrl(id)).with(user(INSTRUCTOR)));
        assertThat(editPage.select("input[name=expectedVersionNo]").val()).isEqualTo("1");
        assertThat(editPage.getElementById("trueFalse-false").hasAttr("checked")).isTrue();

        MultiValueMap<String, String> params = QuestionEditorForms.params(
                QuestionFormMapper.toForm(queries.question(id).content(), 1));
        params.set("prompt", "True or false: the author calls the division of labour outdated.");
        mvc.perform(post(editUrl(id)).params(params).with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(redirectedUrl("/instructor/question-sets/" + setId))
                .andExpect(flash().attribute("flashSuccess", "questionEditor.saved"));

        QuestionDetail saved = queries.question(id);
        assertThat(saved.content().prompt()).isEqualTo("True or false: the author calls the division of labour outdated.");
        assertThat(saved.versionNo()).isEqualTo(1);
    }

    @Test
    void editingAQuestionThatAttemptsUsedSaysSoAndMakesANewVersion() throws Exception {
        long id = added(QuestionType.SHORT_TEXT, "used-one");
        bank.markUsed(List.of(queries.question(id).versionId()));

        Document editPage = html(get(editUrl(id)).with(user(INSTRUCTOR)));
        assertThat(editPage.select(".alert-info").text()).contains("1").contains("2");

        MultiValueMap<String, String> params = QuestionEditorForms.params(
                QuestionFormMapper.toForm(queries.question(id).content(), 1));
        params.set("prompt", "Whose surname? (reworded)");
        mvc.perform(post(editUrl(id)).params(params).with(user(INSTRUCTOR)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(queries.question(id).versionNo()).isEqualTo(2);
        assertThat(queries.question(id).content().prompt()).isEqualTo("Whose surname? (reworded)");
    }

    @Test
    void aStaleEditShowsAMessageAtTheTopAndSavesNothing() throws Exception {
        long id = added(QuestionType.ORDERING, "stale-one");
        String before = queries.question(id).content().prompt();
        MultiValueMap<String, String> params = QuestionEditorForms.params(
                QuestionFormMapper.toForm(queries.question(id).content(), 7));
        params.set("prompt", "Someone else saved in between.");

        Document page = html(post(editUrl(id)).params(params).with(user(INSTRUCTOR)).with(csrf()));

        Element top = page.getElementById("form-errors");
        assertThat(top).isNotNull();
        assertThat(top.attr("role")).isEqualTo("alert");
        assertThat(top.select("a").attr("href")).isEqualTo(editUrl(id));
        assertThat(page.getElementById("prompt").text()).isEqualTo("Someone else saved in between.");
        assertThat(queries.question(id).content().prompt()).isEqualTo(before);
    }

    @Test
    void scriptsAndEventHandlersInAPromptNeverReachThePreviewAsMarkup() throws Exception {
        MultiValueMap<String, String> params = QuestionEditorForms.params(
                QuestionEditorForms.valid(QuestionType.SINGLE_CHOICE, "xss"));
        params.set("prompt", "Who? <script>alert(1)</script> <img src=x onerror=alert(1)>");
        params.set("explanation", "<script>alert(2)</script>");
        params.set("options[0].feedback", "<img src=x onerror=alert(3)>");
        mvc.perform(addQuestion(params)).andExpect(status().is3xxRedirection());

        String body = mvc.perform(get(previewUrl(idOf("xss"))).with(user(INSTRUCTOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Document page = Jsoup.parse(body);
        assertThat(body).doesNotContain("<script>alert").doesNotContain("<img src=x");
        assertThat(page.select("script").eachAttr("src")).allSatisfy(src -> assertThat(src).isNotBlank());
        assertThat(page.select("[onerror], img")).isEmpty();
        assertThat(page.selectFirst(".student-question-prompt").text()).contains("Who?");
    }

    @Test
    void thePreviewShowsTheStudentsViewAndApartTheAnswerKeyAndLinksToTheCitedParagraphs() throws Exception {
        long id = added(QuestionType.NUMERIC, "preview-me");

        Document page = html(get(previewUrl(id)).with(user(INSTRUCTOR)));

        Element student = page.selectFirst(".student-question");
        assertThat(student.select("input[inputmode=decimal][name=preview]")).hasSize(1);
        assertThat(student.text()).contains("troops").doesNotContain("2030").doesNotContain("2000");
        Element key = page.selectFirst(".qe-answer-key");
        assertThat(key.text()).contains("2030").contains("troops").contains("2000").contains("5%");
        assertThat(key.select("a[href=/readings/" + READING + "#p2]")).hasSize(1);
    }

    @Test
    void theStudentsViewOfAChoiceQuestionHasLabelledOptionsAndNoHintOfTheRightOne() throws Exception {
        long id = added(QuestionType.MULTIPLE_RESPONSE, "choice-view");

        Element student = html(get(previewUrl(id)).with(user(INSTRUCTOR))).selectFirst(".student-question");

        assertThat(student.select("input[type=checkbox]")).hasSize(3).allSatisfy(box ->
                assertThat(student.select("label[for=" + box.id() + "]")).hasSize(1));
        assertThat(student.select("fieldset legend")).hasSize(1);
        assertThat(student.html()).doesNotContain("correct").doesNotContain("that was the CSTO");
    }

    @Test
    void theInstructorsKeyMarksTheRightOptionsOfBothChoiceTypes() throws Exception {
        for (QuestionType type : List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_RESPONSE)) {
            long id = added(type, "key-" + type.yamlName().replace('_', '-'));

            Element key = html(get(previewUrl(id)).with(user(INSTRUCTOR))).selectFirst(".qe-answer-key");

            assertThat(key.select(".qe-key-list li")).hasSizeGreaterThanOrEqualTo(2);
            assertThat(key.select(".qe-key-list li.qe-correct")).isNotEmpty()
                    .allSatisfy(li -> assertThat(li.select(".badge")).hasSize(1));
        }
    }

    @Test
    void aStudentIsRefusedEveryEditorRoute() throws Exception {
        long id = added(QuestionType.ESSAY, "not-for-students");
        MultiValueMap<String, String> params = QuestionEditorForms.params(
                QuestionEditorForms.valid(QuestionType.ESSAY, "by-a-student"));

        for (String url : List.of(newUrl(), newUrl() + "?type=essay", editUrl(id), previewUrl(id))) {
            mvc.perform(get(url).with(user(STUDENT))).andExpect(status().isForbidden());
        }
        mvc.perform(post(newUrl()).params(params).with(user(STUDENT)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(editUrl(id)).params(params).with(user(STUDENT)).with(csrf())).andExpect(status().isForbidden());
        assertThat(queries.set(setId).questions()).extracting(QuestionSummary::slug).containsExactly("not-for-students");
    }

    @Test
    void aMissingSetOrQuestionIsNotFound() throws Exception {
        mvc.perform(get("/instructor/question-sets/999999/questions/new?type=essay").with(user(INSTRUCTOR)))
                .andExpect(status().isNotFound());
        mvc.perform(get(editUrl(999999)).with(user(INSTRUCTOR))).andExpect(status().isNotFound());
        mvc.perform(get(previewUrl(999999)).with(user(INSTRUCTOR))).andExpect(status().isNotFound());
    }

    private long added(QuestionType type, String slug) throws Exception {
        mvc.perform(addQuestion(QuestionEditorForms.params(QuestionEditorForms.valid(type, slug))))
                .andExpect(status().is3xxRedirection());
        return idOf(slug);
    }

    private long idOf(String slug) {
        return queries.set(setId).questions().stream().filter(q -> q.slug().equals(slug)).findFirst()
                .orElseThrow().id();
    }

    private MockHttpServletRequestBuilder addQuestion(MultiValueMap<String, String> params) {
        return post(newUrl()).params(params).with(user(INSTRUCTOR)).with(csrf());
    }

    private Document html(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(body);
    }

    private String newUrl() {
        return "/instructor/question-sets/" + setId + "/questions/new";
    }

    private static String editUrl(long id) {
        return "/instructor/questions/" + id + "/edit";
    }

    private static String previewUrl(long id) {
        return "/instructor/questions/" + id + "/preview";
    }
}
