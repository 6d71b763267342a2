package app.steppe.study.domain;

import java.util.regex.Pattern;

/**
 * The id a client gives each review (a UUID made when the card is shown), so that a replayed request is recognised.
 * Short and plain: it is stored and compared, never shown.
 */
public record ClientReviewId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    public ClientReviewId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidReviewException("a client review id is 8 to 64 letters, digits, '-' or '_'");
        }
    }
}
