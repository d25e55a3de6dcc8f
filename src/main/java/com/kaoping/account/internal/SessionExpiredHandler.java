package com.kaoping.account.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A form posted after the session ended carries a CSRF token the server no longer knows:
 * that is not "no access", it is "sign in again". Everything else is the friendly 403 page.
 */
class SessionExpiredHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && !signedIn()) {
            if ("true".equals(request.getHeader("HX-Request"))) {
                // htmx: make the whole page go to the login page instead of swapping it into a fragment
                response.setHeader("HX-Redirect", request.getContextPath() + "/login?expired");
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        forbidden.handle(request, response, denied);
    }

    private static boolean signedIn() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
    }
}
