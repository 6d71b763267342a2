package app.steppe.grading.scoring;

/** The question was left unanswered; it earns nothing. Obtained through {@link Response#none()}. */
public record NoResponse() implements Response {

    static final NoResponse INSTANCE = new NoResponse();
}
