package app.steppe.questionbank.domain.validation;

import java.util.regex.Pattern;

/** Stable ids of sets, questions and readings: lower-case letters, digits and inner hyphens. */
public final class Slugs {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Slugs() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null
                && candidate.length() <= QuestionLimits.MAX_SLUG_LENGTH
                && SLUG.matcher(candidate).matches();
    }
}
