package app.steppe.questionbank.domain.validation;

import java.util.List;

/** Tags label sets and questions for filtering; they only need to be short and not blank. */
final class TagRules {

    private TagRules() {
    }

    static List<Violation> check(List<String> tags, String path) {
        Violations violations = new Violations();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag.isBlank() || Violations.length(tag) > QuestionLimits.MAX_TAG_LENGTH) {
                violations.add(path + "[" + i + "]", "tag.invalid", tag, QuestionLimits.MAX_TAG_LENGTH);
            }
        }
        return violations.toList();
    }
}
