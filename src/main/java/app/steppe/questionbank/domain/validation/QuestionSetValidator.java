package app.steppe.questionbank.domain.validation;

import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_EXPLANATION_LENGTH;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_QUESTIONS_PER_SET;
import static app.steppe.questionbank.domain.validation.QuestionLimits.MAX_TITLE_LENGTH;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import app.steppe.questionbank.domain.QuestionContent;
import app.steppe.questionbank.domain.QuestionSetContent;

/**
 * Checks a whole question set against the rules of the question format and returns every violation, not just the
 * first, so an author can fix a file in one pass. Quotes are not looked up in the reading here: that needs the
 * reading (see {@code CitationVerifier}).
 */
public final class QuestionSetValidator {

    private final QuestionValidator questionValidator;

    public QuestionSetValidator() {
        this(true);
    }

    /** @param citationRequired see {@link QuestionValidator#QuestionValidator(boolean)} */
    public QuestionSetValidator(boolean citationRequired) {
        this.questionValidator = new QuestionValidator(citationRequired);
    }

    public List<Violation> validate(QuestionSetContent set) {
        Violations violations = new Violations();
        violations.addAll(validateHeader(set));
        if (set.questions().isEmpty()) {
            violations.add("questions", "set.questions.none");
        } else if (set.questions().size() > MAX_QUESTIONS_PER_SET) {
            violations.add("questions", "set.questions.tooMany", set.questions().size(), MAX_QUESTIONS_PER_SET);
        }
        SortedMap<Integer, QuestionContent> byPosition = new TreeMap<>();
        for (int i = 0; i < set.questions().size(); i++) {
            byPosition.put(i, set.questions().get(i));
        }
        violations.addAll(validateQuestions(byPosition));
        return violations.toList();
    }

    /** The set's own fields (slug, title, description, reading, tags), without its questions. */
    public List<Violation> validateHeader(QuestionSetContent set) {
        Violations violations = new Violations();
        if (!Slugs.isValid(set.slug())) {
            violations.add("set", "set.slug.invalid", set.slug());
        }
        violations.requireText(set.title(), "title", "set.title.missing", "set.title.tooLong", MAX_TITLE_LENGTH);
        violations.limitLength(set.description(), "description", "set.description.tooLong", MAX_EXPLANATION_LENGTH);
        if (!Slugs.isValid(set.readingSlug())) {
            violations.add("reading", "set.reading.invalid", set.readingSlug());
        }
        violations.addAll(TagRules.check(set.tags(), "tags"));
        return violations.toList();
    }

    /**
     * Questions keyed by their position in the file, so that a reader which could not build some of them can
     * still check the others (and their ids for duplicates) under the right paths.
     */
    public List<Violation> validateQuestions(SortedMap<Integer, QuestionContent> questionsByPosition) {
        Violations violations = new Violations();
        Map<String, Integer> firstPositionOfSlug = new HashMap<>();
        questionsByPosition.forEach((position, question) -> {
            String path = "questions[" + position + "]";
            violations.addAll(questionValidator.validate(question, path));
            Integer first = firstPositionOfSlug.putIfAbsent(question.slug(), position);
            if (first != null) {
                violations.add(path + ".id", "question.id.duplicate", question.slug(), first + 1);
            }
        });
        return violations.toList();
    }
}
