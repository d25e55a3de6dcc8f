package com.kaoping.sitting.web;

import com.kaoping.shared.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The candidate's pages ({@code /s/{token}/…}) are stateless: the invitation token in the address
 * is the only credential, so they neither create nor read a session (no session row is written
 * or loaded per autosave) and keep no CSRF token.
 * <p>
 * Why no CSRF token is needed here: CSRF abuses credentials the browser adds by itself
 * (cookies, HTTP authentication). These pages honour none; a forged cross-site request would
 * have to carry the invitation token in its address, and whoever has the token can already act
 * directly, without a victim's browser. The JSON endpoints (autosave, signals) take only
 * {@code application/json} bodies, which no cross-site form can send without a CORS preflight
 * that is never granted. The token does not leak to other sites through the Referer header
 * ({@code no-referrer}), and the pages cannot be framed.
 */
@Configuration(proxyBeanMethods = false)
class CandidateSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain candidateFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/s/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
        SecurityHeaders.apply(http, ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER);
        return http.build();
    }
}
