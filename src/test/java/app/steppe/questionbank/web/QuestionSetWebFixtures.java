package app.steppe.questionbank.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.questionbank.domain.QuestionBank;
import app.steppe.questionbank.domain.QuestionBankQueries;
import app.steppe.questionbank.domain.QuestionBankQueries.QuestionSummary;
import app.steppe.questionbank.domain.SetHeader;
import app.steppe.shared.security.AuthenticatedUser;

/**
 * Users, sets and pages for the question bank page tests. Tests share one database, so each works on its own
 * uniquely named set, or on a copy of the shipped one, never on the shipped set itself.
 */
final class QuestionSetWebFixtures {

    static final AuthenticatedUser INSTRUCTOR = new AuthenticatedUser(1, "instructor", "I", "INSTRUCTOR", "n/a");
    static final AuthenticatedUser STUDENT = new AuthenticatedUser(2, "student", "S", "STUDENT", "n/a");
    static final String SHIPPED_SLUG = "kazakhstan-2022";
    static final String SHIPPED_TITLE = "China, Russia and the January 2022 crisis in Kazakhstan";
    static final String READING = "kazakhstan-crisis-china";

    private final MockMvc mvc;
    private final QuestionBank bank;
    private final QuestionBankQueries queries;

    QuestionSetWebFixtures(MockMvc mvc, QuestionBank bank, QuestionBankQueries queries) {
        this.mvc = mvc;
        this.bank = bank;
        this.queries = queries;
    }

    static String unique(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    long shippedSetId() {
        return queries.sets().stream().filter(s -> s.slug().equals(SHIPPED_SLUG)).findFirst().orElseThrow().id();
    }

    /** A copy of the shipped set (67 questions), to change without touching the original. */
    long copyOfShippedSet() {
        return bank.duplicateSet(shippedSetId());
    }

    /** An empty set on the course reading, created in the browser. */
    long emptySet(String title, String description) {
        return bank.createSet(new SetHeader(unique("pages-test"), title, description, READING, List.of("test")))
                .value();
    }

    List<String> slugsInOrder(long setId) {
        return queries.set(setId).questions().stream().map(QuestionSummary::slug).toList();
    }

    long questionId(long setId, String slug) {
        return queries.set(setId).questions().stream().filter(q -> q.slug().equals(slug)).findFirst().orElseThrow()
                .id();
    }

    Document page(String url) throws Exception {
        return Jsoup.parse(html(url));
    }

    String html(String url) throws Exception {
        return mvc.perform(get(url).with(user(INSTRUCTOR))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
