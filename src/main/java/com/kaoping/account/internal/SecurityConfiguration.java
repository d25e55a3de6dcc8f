package com.kaoping.account.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login, bcrypt behind a sign-in throttle, CSRF on (Spring's default), sessions in
 * PostgreSQL (Spring Session JDBC). Every page needs a login; role checks are on the controllers
 * ({@code @PreAuthorize}), with /admin also guarded here as a second wall.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/error", "/error/**")
                        .permitAll()
                        // candidates' pages (/s/**) have their own stateless chain: sitting/web/CandidateSecurity
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .authenticationDetailsSource(SignInGuard.details())
                        .successHandler(SignInGuard.success(throttle))
                        .failureHandler(SignInGuard.failure()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(handling -> handling.accessDeniedHandler(new SessionExpiredHandler()));
        com.kaoping.shared.SecurityHeaders.apply(http,
                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN);
        return http.build();
    }

    /**
     * The JSON API: the same session and CSRF header as the pages, but a caller that is not signed
     * in gets 401, not a redirect to the sign-in page it cannot use.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(
                        new org.springframework.security.web.authentication.HttpStatusEntryPoint(
                                org.springframework.http.HttpStatus.UNAUTHORIZED)));
        com.kaoping.shared.SecurityHeaders.apply(http,
                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN);
        return http.build();
    }

    /** Saves a session with an upsert, so two requests of one session at once never collide. */
    @Bean
    org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionUpsert() {
        return new org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Bcrypt, behind the sign-in throttle (see {@link SignInGuard}). */
    @Bean
    AuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
                                                  LoginThrottle throttle) {
        DaoAuthenticationProvider provider = SignInGuard.provider(users, throttle);
        provider.setPasswordEncoder(passwordEncoder);
        return provider;
    }
}
