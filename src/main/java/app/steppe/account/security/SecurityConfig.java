package app.steppe.account.security;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

import app.steppe.account.domain.ApiTokens;
import app.steppe.account.domain.LoginThrottle;

/**
 * The one security filter chain: role by URL prefix here, ownership checked by each module on the
 * objects a request names.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    /** Strict: no inline script or style, nothing framed, no plugins, no base rewriting. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountUserDetailsService accounts,
            PasswordEncoder passwordEncoder, LoginThrottle throttle, ApplicationEventPublisher events,
            ApiTokens apiTokens, Clock clock, SecurityContextRepository securityContexts) throws Exception {
        // the JSON API: bearer tokens (exempt from CSRF, see ApiTokenFilter) and problem details instead of pages
        var apiProblems = new ApiProblemResponses();
        http.addFilterBefore(new ApiTokenFilter(apiTokens, clock, apiProblems), CsrfFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(ApiTokenFilter::isBearerApiCall))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(apiProblems, ApiTokenFilter.API)
                        .defaultAccessDeniedHandlerFor(apiProblems, ApiTokenFilter.API)
                        // a page's script (autosave) gets a plain 401, so the page can say the session ended and keep
                        // the student's answers, rather than receive the login page as the answer
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), scriptRequests())
                        // the pages keep the login redirect and the 403 page: with two defaults registered, Spring
                        // Security would make the first (the API's) the fallback for every other request
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
        // after the exception translation, so that its refusals get the same 403 answers as the rules below
        http.addFilterAfter(new PasswordChangeRequiredFilter(), ExceptionTranslationFilter.class)
                .securityContext(context -> context.securityContextRepository(securityContexts));
        http.authenticationManager(authenticationManager(accounts, passwordEncoder, throttle, events))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/register", "/error", "/error/**").permitAll()
                        .requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/instructor/**").hasRole("INSTRUCTOR")
                        // taking quizzes is for students; instructors try questions in the question bank's preview
                        .requestMatchers("/quizzes/**", "/attempts/**").hasRole("STUDENT")
                        .requestMatchers("/grades", "/grades/**").hasRole("STUDENT")
                        // studying is a student's own: instructors see aggregates under /instructor/practice
                        .requestMatchers("/study", "/study/**").hasRole("STUDENT")
                        .requestMatchers("/api/v1/question-sets/**").hasRole("INSTRUCTOR")
                        .requestMatchers("/api/v1/attempts/**", "/api/v1/quizzes/*/attempts").hasRole("STUDENT")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .failureUrl("/login?error")
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicy.SAME_ORIGIN))
                        .contentTypeOptions(nosniff -> { }));
        return http.build();
    }

    /** Requests a page's script makes: marked with X-Requested-With, or asking for JSON. */
    private static RequestMatcher scriptRequests() {
        var json = new MediaTypeRequestMatcher(MediaType.APPLICATION_JSON);
        json.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return new OrRequestMatcher(List.of(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest"), json));
    }

    /**
     * Form login's one authentication manager: the throttle first, then the password check. It is not a bean, so
     * Spring Security builds no second manager that could check a password again or publish its events twice.
     */
    private static AuthenticationManager authenticationManager(AccountUserDetailsService accounts,
            PasswordEncoder passwordEncoder, LoginThrottle throttle, ApplicationEventPublisher events) {
        var passwordCheck = new DaoAuthenticationProvider(accounts);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        passwordCheck.setUserDetailsPasswordService(accounts);
        var manager = new ProviderManager(new ThrottlingAuthenticationProvider(passwordCheck, throttle, passwordEncoder));
        // The throttle learns of failures and successes through these events (see LoginAttemptRecorder).
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    /**
     * Where the login is kept between requests (the session, so the session table), as Spring Security's default, but
     * a bean: a password change puts a new principal into the current session through it (PasswordChangeSessions).
     */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    /**
     * Delegating encoder: bcrypt today, and old hashes keep working if the default changes; cheap temporary
     * hashes are checked in the same time as normal ones.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new EvenTimePasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }
}
