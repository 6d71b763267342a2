package app.steppe.questionbank.domain.gift;

import java.util.Locale;

/** Moodle's question types that GIFT can express, plus the category switch a file may contain. */
public enum GiftType {
    MULTICHOICE, TRUEFALSE, SHORTANSWER, NUMERICAL, MATCH, ESSAY, DESCRIPTION, CATEGORY;

    /** Moodle's own name of the type ({@code multichoice}, {@code truefalse}, …). */
    public String moodleName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
