package app.steppe.shared.web;

/** Thrown when a request names something that does not exist or that the user may not see: answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
