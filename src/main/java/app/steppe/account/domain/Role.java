package app.steppe.account.domain;

public enum Role {
    STUDENT, INSTRUCTOR
}
