package com.kaoping.sitting.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Autosaves need no login, so their size is capped before anything parses them: the longest
 * answer (20,000 characters) is well under 256 KB of JSON.
 */
@Component
class AnswerSizeLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 256 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.startsWith("/s/") && (path.endsWith("/answers") || path.endsWith("/signals")));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES || request.getContentLengthLong() < 0
                && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"))) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":\"TOO_LONG\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
