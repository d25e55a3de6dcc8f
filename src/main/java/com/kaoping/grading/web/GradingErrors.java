package com.kaoping.grading.web;

import java.util.Locale;

import com.kaoping.grading.GradingRuleException;
import com.kaoping.grading.NotAssignedException;
import com.kaoping.grading.UnfinishedSheetException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals on the grading and results pages get a page that says why, in the user's language,
 * with a way back; htmx requests get the message as a fragment for the save-state line.
 */
@ControllerAdvice(basePackageClasses = GradingErrors.class)
class GradingErrors {

    private final MessageSource messages;

    GradingErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(GradingRuleException.class)
    ModelAndView refused(GradingRuleException e, HttpServletRequest request, HttpServletResponse response,
                         Locale locale) {
        return page(messages.getMessage(e.key(), e.args(), locale), 422, request, response);
    }

    /** A hand-in with questions left: which, each a link to its grading screen. */
    @ExceptionHandler(UnfinishedSheetException.class)
    ModelAndView unfinished(UnfinishedSheetException e, HttpServletRequest request, HttpServletResponse response,
                            Locale locale) {
        ModelAndView mav = page(messages.getMessage(e.key(), e.args(), locale), 422, request, response);
        mav.addObject("attemptId", e.attemptId());
        mav.addObject("unscored", e.unscored());
        return mav;
    }

    @ExceptionHandler(NotAssignedException.class)
    ModelAndView notAssigned(NotAssignedException e, HttpServletRequest request, HttpServletResponse response,
                             Locale locale) {
        return page(messages.getMessage(e.key(), null, locale), 403, request, response);
    }

    /** Only a way back within this site: same host and port, not a look-alike such as host.evil.example. */
    private static boolean sameSite(String referer, HttpServletRequest request) {
        if (referer == null) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(referer);
            return request.getServerName().equalsIgnoreCase(uri.getHost())
                    && (uri.getPort() == -1 ? 80 : uri.getPort()) == (request.getServerPort() == -1 ? 80 : request.getServerPort())
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        }
        catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static ModelAndView page(String message, int status, HttpServletRequest request,
                                     HttpServletResponse response) {
        boolean htmx = request.getHeader("HX-Request") != null;
        ModelAndView mav = new ModelAndView(htmx ? "grading/refused :: message" : "grading/refused");
        mav.addObject("message", message);
        mav.addObject("back", sameSite(request.getHeader("Referer"), request) ? request.getHeader("Referer") : "/grading");
        mav.addObject("activeNav", "grading");
        // htmx swaps only 2xx answers: the message must reach the page
        response.setStatus(htmx ? 200 : status);
        return mav;
    }
}
