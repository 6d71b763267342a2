package app.steppe.study.fsrs;

/** Where a card is in the scheduler: never reviewed, in (re)learning steps of minutes, or in day-long reviews. */
public enum CardState {
    NEW, LEARNING, REVIEW, RELEARNING
}
