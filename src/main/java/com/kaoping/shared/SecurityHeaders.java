package com.kaoping.shared;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The response headers every page carries, staff's and candidates' alike (each security chain
 * applies them). The pages satisfy the Content-Security-Policy as it stands: scripts and styles
 * come from files of this site only (no inline script, handler or style attribute; htmx is told
 * not to add its indicator style), nothing may frame a page, forms post only here.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** No page needs a camera, a microphone, the position or payments: a script that asks is refused. */
    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), bluetooth=(), midi=(), browsing-topics=()";

    private SecurityHeaders() {
    }

    /**
     * @param referrer what other sites learn of the address a link was followed from: staff pages
     *        keep it within the site; candidate pages send none (their address holds the token)
     */
    public static void apply(HttpSecurity http, ReferrerPolicy referrer) throws Exception {
        http.headers(headers -> headers
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(policy -> policy.policy(referrer))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
    }
}
