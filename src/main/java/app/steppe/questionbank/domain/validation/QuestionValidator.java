package app.steppe.questionbank.domain.validation;

import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_EXPLANATION_LENGTH;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_POINTS;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_PROMPT_LENGTH;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_QUOTE_LENGTH;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MIN_QUOTE_LENGTH;

import java.util.List;

import app.steppe.questionbank.domain.Citation;
import app.steppe.questionbank.domain.QuestionContent;

/** The rules every question follows whatever its type; the type's own rules are in {@link AnswerSpecValidator}. */
public final class QuestionValidator {

    private final AnswerSpecValidator answerSpecValidator = new AnswerSpecValidator();
    private final boolean citationRequired;

    /** The rules of files and of the editor: every question cites the reading. */
    public QuestionValidator() {
        this(true);
    }

    /**
     * @param citationRequired false only for questions already stored: one imported from GIFT or Aiken has no
     *     citation yet ("not yet grounded") and must still read back; any citation it has is checked as usual
     */
    public QuestionValidator(boolean citationRequired) {
        this.citationRequired = citationRequired;
    }

    /** @param path where the question sits, e.g. {@code questions[3]}; violation paths extend it. */
    public List<Violation> validate(QuestionContent question, String path) {
        Violations violations = new Violations();
        if (!Slugs.isValid(question.slug())) {
            violations.add(path + ".id", "question.id.invalid", question.slug());
        }
        violations.requireText(question.prompt(), path + ".prompt",
                "question.prompt.missing", "question.prompt.tooLong", MAX_PROMPT_LENGTH);
        if (question.points().signum() <= 0 || question.points().compareTo(MAX_POINTS) > 0) {
            violations.add(path + ".points", "question.points.outOfRange", question.points().toPlainString(), MAX_POINTS);
        }
        violations.addAll(TagRules.check(question.tags(), path + ".tags"));
        violations.limitLength(question.explanation(), path + ".explanation",
                "question.explanation.tooLong", MAX_EXPLANATION_LENGTH);
        checkCitations(question.citations(), path + ".cite", citationRequired, violations);
        violations.addAll(answerSpecValidator.validate(question.answer(), path));
        return violations.toList();
    }

    private static void checkCitations(List<Citation> citations, String path, boolean required,
            Violations violations) {
        if (required && citations.isEmpty()) {
            violations.add(path, "question.cite.missing");
        }
        for (int i = 0; i < citations.size(); i++) {
            Citation citation = citations.get(i);
            String citationPath = path + "[" + i + "]";
            if (!Slugs.isValid(citation.readingSlug())) {
                violations.add(citationPath, "citation.reading.invalid", citation.readingSlug());
            }
            int length = Violations.length(citation.quote().strip());
            if (length < MIN_QUOTE_LENGTH) {
                violations.add(citationPath, "citation.quote.tooShort", length, MIN_QUOTE_LENGTH);
            } else if (length > MAX_QUOTE_LENGTH) {
                violations.add(citationPath, "citation.quote.tooLong", length, MAX_QUOTE_LENGTH);
            }
        }
    }
}
