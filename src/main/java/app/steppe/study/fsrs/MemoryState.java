package app.steppe.study.fsrs;

/**
 * What FSRS knows about one card in one student's memory: stability in days (the interval after which recall falls
 * to 90%) and difficulty from 1 to 10.
 */
public record MemoryState(double stability, double difficulty) {

    public MemoryState {
        if (!(stability > 0) || Double.isInfinite(stability)) {
            throw new IllegalArgumentException("stability must be a positive number of days");
        }
        if (!(difficulty >= 1 && difficulty <= 10)) {
            throw new IllegalArgumentException("difficulty must be 1 to 10");
        }
    }
}
