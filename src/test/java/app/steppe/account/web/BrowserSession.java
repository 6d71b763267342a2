package app.steppe.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.steppe.account.AccountFixtures;

/**
 * One browser that logged in through the real login form: every request carries its session cookie, so the login
 * lives in the session table as it does in production (not in a mock user attached to each request).
 */
final class BrowserSession {

    private final MockMvc mvc;
    private Cookie cookie;

    private BrowserSession(MockMvc mvc, Cookie cookie) {
        this.mvc = mvc;
        this.cookie = cookie;
    }

    static BrowserSession logIn(MockMvc mvc, String username, String password) throws Exception {
        MvcResult login = new LoginAttempts(mvc).login(username, password, AccountFixtures.uniqueAddress());
        assertThat(LoginAttempts.succeeded(login)).as("login of " + username).isTrue();
        Cookie cookie = login.getResponse().getCookie("SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return new BrowserSession(mvc, cookie);
    }

    ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        ResultActions result = mvc.perform(request.cookie(cookie));
        Cookie renewed = result.andReturn().getResponse().getCookie("SESSION");
        // a browser drops a cookie the server expires (Max-Age=0), but a thief keeps sending it: keep the old one
        if (renewed != null && renewed.getMaxAge() != 0 && !renewed.getValue().isEmpty()) {
            cookie = renewed;
        }
        return result;
    }
}
