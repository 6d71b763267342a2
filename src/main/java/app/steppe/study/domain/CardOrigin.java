package app.steppe.study.domain;

/** How a card came into a student's deck: met as new in study, or missed in a graded quiz. */
public enum CardOrigin {
    STUDY, MISSED
}
