package app.steppe.study.domain;

/** Settings out of range; the message is a key in {@code i18n/study.properties} for the settings form. */
public class InvalidStudySettingsException extends IllegalArgumentException {

    private final String messageKey;

    public InvalidStudySettingsException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
