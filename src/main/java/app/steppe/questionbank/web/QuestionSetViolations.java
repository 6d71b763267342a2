package app.steppe.questionbank.web;

import java.util.List;

import org.springframework.validation.BindingResult;

import app.steppe.questionbank.domain.QuestionSetContent;
import app.steppe.questionbank.domain.SetHeader;
import app.steppe.questionbank.domain.validation.QuestionSetValidator;
import app.steppe.questionbank.domain.validation.Violation;

/**
 * Puts the domain's violations of a set header next to the form fields they concern. Violation paths are the keys
 * of the question file format ({@code set}, {@code title}, {@code reading}, {@code tags[2]}); a path of no field
 * (a concurrent edit) becomes an error of the whole form.
 */
final class QuestionSetViolations {

    private static final QuestionSetValidator VALIDATOR = new QuestionSetValidator();

    private QuestionSetViolations() {
    }

    static void reject(BindingResult binding, List<Violation> violations) {
        for (Violation violation : violations) {
            String field = field(violation.path());
            if (field == null) {
                binding.reject(violation.messageKey(), violation.args(), null);
            } else {
                binding.rejectValue(field, violation.messageKey(), violation.args(), null);
            }
        }
    }

    /** The header's own problems, for a form that will not reach the domain's command. */
    static List<Violation> headerViolations(SetHeader header) {
        return VALIDATOR.validateHeader(new QuestionSetContent(header.slug(), header.title(), header.description(),
                header.readingSlug(), header.tags(), List.of()));
    }

    static String field(String path) {
        if (path.equals("set") || path.equals("slug")) {
            return "slug";
        }
        if (path.equals("title") || path.equals("description")) {
            return path;
        }
        if (path.equals("reading")) {
            return "readingSlug";
        }
        if (path.equals("tags") || path.startsWith("tags[")) {
            return "tags";
        }
        return null;
    }
}
