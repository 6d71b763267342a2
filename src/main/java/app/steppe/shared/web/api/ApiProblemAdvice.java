package app.steppe.shared.web.api;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import app.steppe.shared.web.NotFoundException;

/**
 * Errors of the JSON API as RFC 9457 problem details ({@code application/problem+json}): Spring MVC's own (malformed
 * JSON, wrong types, unsupported media type: 400/405/415), bean validation (400 with {@code errors}, one per
 * field), not found or not the caller's (404), a role (403). Anything unexpected is a bare 500: the exception's
 * message and stack trace stay in the log. Before the page advice, and only for {@link ApiController}s.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound() {
        // the same answer for "does not exist" and "is not yours", so that existence does not leak
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such thing, or it is not yours.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role may not do this.");
    }

    /** A value the domain refuses (an answer field that is not one, say): bad input, without echoing the message. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        log.debug("API input refused", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has a value that is not allowed.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("API call failed", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid.");
        List<ApiProblems.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new ApiProblems.FieldError(f.getField(), f.getDefaultMessage(), null)).toList();
        problem.setProperty("errors", errors);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }
}
