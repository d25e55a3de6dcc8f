package com.kaoping.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * One place that turns failures into friendly pages in the user's language: unknown ids
 * are 404, missing rights 403, a lost race 409, any other request the application cannot
 * serve as asked (a wrong method, media type, body or parameter) a 4xx logged in one line;
 * anything else is logged with its stack trace and shown as 500 without it.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletResponse response) {
        return page("error/404", HttpStatus.NOT_FOUND, response);
    }

    /** A malformed id in the path names nothing (404); a malformed filter is a bad request (400). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request,
                              HttpServletResponse response) {
        clientError(request, e);
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

    /** The client asked for a representation no page has (Accept: image/png): nothing it accepts can be sent. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Void> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        clientError(request, e);
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
    }

    /**
     * Every other request Spring MVC could not take as sent (method, media type, body, missing
     * parameter, unknown address...): its own 4xx status with the friendly page, one log line.
     */
    @ExceptionHandler({jakarta.servlet.ServletException.class, org.springframework.web.ErrorResponseException.class,
            org.springframework.web.multipart.MaxUploadSizeExceededException.class,
            org.springframework.beans.InvalidPropertyException.class,
            org.springframework.beans.TypeMismatchException.class,
            org.apache.tomcat.util.http.InvalidParameterException.class,
            org.springframework.http.converter.HttpMessageNotReadableException.class})
    ModelAndView requestNotServed(Exception e, HttpServletRequest request, HttpServletResponse response) {
        // Spring MVC's own exceptions say their status (ErrorResponse); another servlet failure is ours
        HttpStatusCode status = e instanceof ErrorResponse error ? error.getStatusCode()
                : e instanceof jakarta.servlet.ServletException ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        if (status.is5xxServerError()) {
            return unexpected(e, response);
        }
        clientError(request, e);
        String view = switch (status.value()) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            case 409 -> "error/409";
            default -> "error/400";
        };
        return page(view, HttpStatus.valueOf(status.value()), response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletResponse response) {
        log.error("Unexpected error", e);
        return page("error/500", HttpStatus.INTERNAL_SERVER_ERROR, response);
    }

    /** A client's mistake is no server fault: one line, no stack trace. */
    private static void clientError(HttpServletRequest request, Exception e) {
        String message = String.valueOf(e.getMessage()).replaceAll("\\p{Cntrl}", " ");
        log.info("Client error on {} {}: {}", request.getMethod(), request.getRequestURI(), message);
    }

    private static ModelAndView page(String view, HttpStatus status, HttpServletResponse response) {
        ModelAndView mav = new ModelAndView(view);
        mav.setStatus(status);
        response.setStatus(status.value());
        return mav;
    }
}
