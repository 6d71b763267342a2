package app.steppe.shared.web.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Content-Security-Policy of the API documentation page (/swagger-ui/**) only. Swagger UI's bundle injects one
 * fixed inline {@code <style>} element, which the app's strict policy blocks; this policy is the strict one plus that
 * element's hash. No 'unsafe-inline', and scripts stay 'self' only. Spring Security's header writer leaves a policy
 * that is already set alone, so this one replaces the strict one for these paths instead of adding a second header.
 * If a springdoc upgrade changes the element, {@code ApiDocsBrowserTest} reports the new hash.
 */
@Configuration
class ApiDocsPolicy {

    static final String SWAGGER_UI_STYLE_HASH = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' " + SWAGGER_UI_STYLE_HASH
            + "; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiDocsContentSecurityPolicy() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                response.setHeader("Content-Security-Policy", POLICY);
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/swagger-ui/*");
        registration.setName("apiDocsContentSecurityPolicy");
        return registration;
    }
}
