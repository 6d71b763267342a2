package app.steppe.account.security;

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
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

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
            PasswordEncoder passwordEncoder, LoginThrottle throttle, ApplicationEventPublisher events) throws Exception {
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
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .failureUrl("/login?error")
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(loginOr401()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(ref -> ref.policy(ReferrerPolicy.SAME_ORIGIN))
                        .contentTypeOptions(nosniff -> { }));
        return http.build();
    }

    /**
     * Pages go to the login page; a script's request (autosave) gets a plain 401 instead, so the page can say the
     * session ended and keep the student's answers, rather than receive the login page as the answer.
     */
    private static AuthenticationEntryPoint loginOr401() {
        var json = new MediaTypeRequestMatcher(MediaType.APPLICATION_JSON);
        json.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        var script = new OrRequestMatcher(List.of(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest"), json));
        return DelegatingAuthenticationEntryPoint.builder()
                .addEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), script)
                .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                .build();
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
     * Delegating encoder: bcrypt today, and old hashes keep working if the default changes; cheap temporary
     * hashes are checked in the same time as normal ones.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new EvenTimePasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }
}
