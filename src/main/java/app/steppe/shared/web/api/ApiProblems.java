package app.steppe.shared.web.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Refusals an API controller throws; {@link ApiProblemAdvice} writes them as problem details. */
public final class ApiProblems {

    /** A field that is wrong, with what is wrong in words; {@code line} when it is about a line of a file. */
    public record FieldError(String field, String message, Integer line) {
    }

    private ApiProblems() {
    }

    /** 400 with the fields that are wrong. */
    public static ErrorResponseException badRequest(String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", List.copyOf(errors));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    /** 409: the request is well-formed but the thing's state forbids it (closed, submitted, after the deadline). */
    public static ErrorResponseException conflict(String reason, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setProperty("reason", reason);
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }
}
