package app.steppe.account.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Logging in through the real form login, from a chosen client address. */
final class LoginAttempts {

    private final MockMvc mvc;

    LoginAttempts(MockMvc mvc) {
        this.mvc = mvc;
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    MvcResult login(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(from(address))).andReturn();
    }

    static boolean succeeded(MvcResult result) {
        return "/".equals(result.getResponse().getRedirectedUrl());
    }

    /** The login page as the browser sees it after a failed attempt: the message the person reads. */
    String messageAfter(MvcResult failedLogin) throws Exception {
        String page = mvc.perform(get(failedLogin.getResponse().getRedirectedUrl())
                .cookie(failedLogin.getResponse().getCookies())).andReturn().getResponse().getContentAsString();
        int start = page.indexOf("id=\"login-error\"");
        if (start < 0) {
            return "";
        }
        return page.substring(page.indexOf('>', start) + 1, page.indexOf("</div>", start)).strip();
    }
}
