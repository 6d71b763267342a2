package app.steppe.shared.web.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.support.SteppeWebTest;

/** The OpenAPI description and its UI: for logged-in users only, describing the /api/v1 calls and nothing else. */
@SteppeWebTest
class ApiDocsWebTest {

    private static final AuthenticatedUser STUDENT = new AuthenticatedUser(9101, "docs-reader", "Reader",
            AuthenticatedUser.STUDENT, "unused");

    @Autowired MockMvc mvc;

    @Test
    void theDescriptionNeedsALogin() throws Exception {
        mvc.perform(get("/v3/api-docs").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/swagger-ui.html").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }

    @Test
    void theDescriptionListsTheApiCallsAndTheBearerScheme() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(STUDENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Steppe API"))
                .andExpect(jsonPath("$.paths['/api/v1/question-sets']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/question-sets/{id}/export']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/question-sets/import']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/quizzes']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/quizzes/{quizId}/attempts']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/attempts/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/attempts/{id}/answers/{questionId}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/attempts/{id}/submit']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/attempts/{id}/result']").exists())
                .andExpect(jsonPath("$.paths['/profile']").doesNotExist())
                .andExpect(jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"));
    }

    @Test
    void theUiIsServedFromFilesWithOnlyItsOneStyleElementAllowed() throws Exception {
        mvc.perform(get("/swagger-ui/index.html").with(user(STUDENT)))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Content-Security-Policy", ApiDocsPolicy.POLICY))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(content().string(not(containsString("<script>"))));
        mvc.perform(get("/v3/api-docs/swagger-config").with(user(STUDENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.url").value("/v3/api-docs"));
    }

    @Test
    void otherPagesKeepTheStrictPolicy() throws Exception {
        mvc.perform(get("/profile").with(user(STUDENT)))
                .andExpect(header().string("Content-Security-Policy", containsString("style-src 'self';")));
    }
}
