package app.steppe.study.web;

import java.util.List;

/**
 * What to practise: {@code scope} is {@code set} (with {@code setId}), {@code tag} (with {@code tag}), {@code missed}
 * (the student's weak questions) or {@code questions} (exactly {@code questionIds}, e.g. a weak passage's).
 */
record PracticeStartForm(String scope, Long setId, String tag, List<Long> questionIds) {

    PracticeStartForm {
        questionIds = questionIds == null ? List.of() : List.copyOf(questionIds);
    }
}
