package app.steppe.quiz.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.steppe.shared.security.AuthenticatedUser;

/** Quiz form posts in domain words, for the page tests. */
final class QuizForms {

    static final AuthenticatedUser INSTRUCTOR = new AuthenticatedUser(1, "instructor", "I", "INSTRUCTOR", "n/a");
    static final AuthenticatedUser STUDENT = new AuthenticatedUser(2, "student", "S", "STUDENT", "n/a");

    private QuizForms() {
    }

    static String unique(String base) {
        return base + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Every field filled: a 30-minute quiz open on 1 December 2026, 09:00 to 17:00 in Almaty. */
    static Map<String, String> aThirtyMinuteQuiz(long setId, String title) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("setId", String.valueOf(setId));
        f.put("title", title);
        f.put("instructions", "Read the passage first.");
        f.put("timeLimitMinutes", "30");
        f.put("opensAt", "2026-12-01T09:00");
        f.put("closesAt", "2026-12-01T17:00");
        f.put("maxAttempts", "2");
        f.put("gradingMethod", "AVERAGE");
        f.put("passingPercent", "60");
        f.put("navigation", "SEQUENTIAL");
        f.put("shuffleQuestions", "true");
        f.put("shuffleOptions", "true");
        f.put("draws[0].tag", "");
        f.put("draws[0].count", "5");
        f.put("draws[1].tag", "");
        f.put("draws[1].count", "");
        f.put("reviewScore", "IMMEDIATELY");
        f.put("reviewRightness", "AFTER_CLOSE");
        f.put("reviewCorrectAnswers", "NEVER");
        f.put("reviewFeedback", "AFTER_CLOSE");
        return f;
    }

    static MockHttpServletRequestBuilder postAs(AuthenticatedUser who, String url, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(url).with(user(who)).with(csrf());
        fields.forEach(request::param);
        return request;
    }
}
