package app.steppe.questionbank.domain.interop;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import app.steppe.questionbank.domain.validation.Slugs;

/** Makes the stable ids Steppe needs from titles that other formats allow to be anything, unique within a set. */
final class Slugger {

    private final Set<String> taken = new HashSet<>();

    /** The first candidate that is a valid id, made unique with -2, -3, …; "question" when none is. */
    String unique(String... candidates) {
        String base = "question";
        for (String candidate : candidates) {
            if (candidate == null) {
                continue;
            }
            String slug = Slugs.isValid(candidate) ? candidate : slugify(candidate);
            if (!slug.isEmpty()) {
                base = slug;
                break;
            }
        }
        String slug = base;
        for (int n = 2; !taken.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    static String slugify(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug;
    }
}
