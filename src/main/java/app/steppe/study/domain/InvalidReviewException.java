package app.steppe.study.domain;

/** A review the module refuses: a rating outside 1 to 4, a malformed client review id, or one reused for another card. */
public class InvalidReviewException extends RuntimeException {

    public InvalidReviewException(String message) {
        super(message);
    }
}
