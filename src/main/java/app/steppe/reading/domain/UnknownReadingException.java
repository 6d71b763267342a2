package app.steppe.reading.domain;

/** No reading has this slug. */
public class UnknownReadingException extends RuntimeException {

    public UnknownReadingException(String slug) {
        super("no reading " + slug);
    }
}
