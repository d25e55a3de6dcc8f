package com.kaoping.account.internal;

import java.io.IOException;

import com.kaoping.account.internal.LoginThrottle.Attempt;
import com.kaoping.account.internal.LoginThrottle.Decision;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * The sign-in form's guard: the throttle checked before the password, failures and successes
 * counted, and a device cookie for a browser that signed in (see {@link LoginThrottle}).
 */
final class SignInGuard {

    static final String DEVICE_COOKIE = "kaoping-device";

    private SignInGuard() {
    }

    /** The address and device cookie of a sign-in, kept with the attempt for the provider. */
    record Details(String address, String deviceToken) implements java.io.Serializable {
    }

    /** Refused before the password was looked at: too many recent failures. */
    static final class Throttled extends AuthenticationException {

        final Decision decision;

        Throttled(Decision decision) {
            super("too many failed sign-ins");
            this.decision = decision;
        }
    }

    static AuthenticationDetailsSource<HttpServletRequest, Details> details() {
        return request -> new Details(request.getRemoteAddr(), deviceToken(request));
    }

    private static String deviceToken(HttpServletRequest request) {
        Cookie cookie = org.springframework.web.util.WebUtils.getCookie(request, DEVICE_COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    /** Bcrypt behind the throttle. The session keeps the person's id and name, not the hash. */
    static DaoAuthenticationProvider provider(UserDetailsService users, LoginThrottle throttle) {
        return new DaoAuthenticationProvider(users) {
            @Override
            public Authentication authenticate(Authentication authentication) {
                Details details = authentication.getDetails() instanceof Details d ? d : new Details(null, null);
                Attempt attempt = new Attempt(authentication.getName(), details.address(), details.deviceToken());
                Decision decision = throttle.begin(attempt);
                if (!decision.allowed()) {
                    throw new Throttled(decision);
                }
                Authentication result;
                try {
                    result = super.authenticate(authentication);
                }
                catch (AuthenticationException e) {
                    throttle.failed(attempt);
                    throw e;
                }
                throttle.succeeded(attempt);
                return result;
            }

            @Override
            protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                                                                 UserDetails user) {
                // the session (stored in the database) keeps the person's id and name: no hash, no device token
                AccountPrincipal withoutHash = ((AccountPrincipal) user).withoutPassword();
                UsernamePasswordAuthenticationToken result = (UsernamePasswordAuthenticationToken) super
                        .createSuccessAuthentication(withoutHash, authentication, withoutHash);
                // (a null here would be filled with the request's details, token and all, by the ProviderManager)
                result.setDetails(new Details(authentication.getDetails() instanceof Details d ? d.address() : null, null));
                return result;
            }
        };
    }

    /** Back to the form, saying why: wrong password, or wait (how long), or locked. */
    static AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            String target = "/login?error";
            if (exception instanceof Throttled t) {
                target = t.decision.locked() ? "/login?locked=" + minutes(t.decision.waitSeconds())
                        : "/login?wait=" + t.decision.waitSeconds();
            }
            response.sendRedirect(request.getContextPath() + target);
        };
    }

    /** Where the person was going, and a device cookie for this browser if it has none for this account. */
    static SavedRequestAwareAuthenticationSuccessHandler success(LoginThrottle throttle) {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                                Authentication authentication) throws IOException,
                    jakarta.servlet.ServletException {
                long userId = ((AccountPrincipal) authentication.getPrincipal()).id();
                if (!throttle.knows(deviceToken(request), userId)) {
                    ResponseCookie cookie = ResponseCookie.from(DEVICE_COOKIE, throttle.newDevice(userId))
                            .httpOnly(true).secure(request.isSecure()).sameSite("Lax")
                            .path(request.getContextPath() + "/login").maxAge(LoginThrottle.DEVICE_LIFE).build();
                    response.addHeader("Set-Cookie", cookie.toString());
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl("/");
        return handler;
    }

    private static long minutes(long seconds) {
        return Math.max(1, (seconds + 59) / 60);
    }
}
