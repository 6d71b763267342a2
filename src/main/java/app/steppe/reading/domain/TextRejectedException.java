package app.steppe.reading.domain;

/** A text that cannot become a reading version; the reason names the message key shown next to the field. */
public class TextRejectedException extends RuntimeException {

    public enum Reason {
        BLANK("reading.text.blank"),
        TOO_LONG("reading.text.tooLong"),
        TOO_MANY_PARAGRAPHS("reading.text.tooManyParagraphs"),
        CONTROL_CHARACTERS("reading.text.controlCharacters"),
        TITLE_BLANK("reading.title.blank"),
        TITLE_TOO_LONG("reading.title.tooLong"),
        SUBTITLE_TOO_LONG("reading.subtitle.tooLong");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    public TextRejectedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
