package app.steppe.quiz;

/** FREE: move between questions at will; SEQUENTIAL: forward only, no going back. */
public enum Navigation {
    FREE, SEQUENTIAL
}
