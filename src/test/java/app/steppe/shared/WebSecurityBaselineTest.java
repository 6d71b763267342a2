package app.steppe.shared;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.support.SteppeWebTest;

/** The rules every page shares: who may enter, the headers and CSRF (error pages: ErrorPagesBrowserTest). */
@SteppeWebTest
class WebSecurityBaselineTest {

    private static final AuthenticatedUser STUDENT = new AuthenticatedUser(9001, "baseline-student", "Student",
            AuthenticatedUser.STUDENT, "n/a");

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/instructor/anything")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLoginPageAndStaticAssetsAreOpen() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/css/steppe.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
    }

    @Test
    void studentsAreForbiddenOnInstructorPages() throws Exception {
        mvc.perform(get("/instructor/anything").with(user(STUDENT))).andExpect(status().isForbidden());
    }

    @Test
    void everyPageCarriesTheStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", allOf(
                        containsString("script-src 'self'"), containsString("frame-ancestors 'none'"),
                        containsString("object-src 'none'"), containsString("base-uri 'none'"),
                        not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void aStateChangeWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/logout").with(user(STUDENT))).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user(STUDENT)).with(csrf())).andExpect(status().is3xxRedirection());
    }
}
