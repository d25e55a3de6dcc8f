package com.kaoping.shared;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * One place that turns failures into friendly pages in the user's language: unknown ids
 * are 404, missing rights 403, a lost race 409; anything else is logged and shown as 500
 * without a stack trace.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound(HttpServletResponse response) {
        return page("error/404", HttpStatus.NOT_FOUND, response);
    }

    /** A malformed id in the path names nothing (404); a malformed filter is a bad request (400). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return page("error/404", HttpStatus.NOT_FOUND, response);
        }
        return page("error/400", HttpStatus.BAD_REQUEST, response);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ModelAndView forbidden(HttpServletResponse response) {
        return page("error/403", HttpStatus.FORBIDDEN, response);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView conflict(HttpServletResponse response) {
        return page("error/409", HttpStatus.CONFLICT, response);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, HttpRequestMethodNotSupportedException.class,
            org.springframework.beans.InvalidPropertyException.class,
            org.apache.tomcat.util.http.InvalidParameterException.class,
            org.springframework.web.multipart.MaxUploadSizeExceededException.class,
            org.springframework.http.converter.HttpMessageNotReadableException.class})
    ModelAndView badRequest(Exception e, HttpServletResponse response) {
        log.debug("Bad request: {}", e.getMessage());
        return page("error/400", HttpStatus.BAD_REQUEST, response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) {
        log.error("Unexpected error", e);
        return page("error/500", HttpStatus.INTERNAL_SERVER_ERROR, response);
    }

    private static ModelAndView page(String view, HttpStatus status, HttpServletResponse response) {
        ModelAndView mav = new ModelAndView(view);
        mav.setStatus(status);
        response.setStatus(status.value());
        return mav;
    }
}
