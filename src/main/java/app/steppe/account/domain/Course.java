package app.steppe.account.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one course this installation serves, and the code that lets students enrol in it. */
@Entity
@Table(name = "course")
public class Course {

    /** There is one course; its row always has this id. */
    public static final long THE_COURSE = 1L;

    @Id
    private Long id;

    @Column(name = "enrollment_code", nullable = false, length = 32)
    private String enrollmentCode;

    @Column(name = "code_changed_at", nullable = false)
    private Instant codeChangedAt;

    protected Course() {
    }

    Course(EnrollmentCode code, Instant now) {
        this.id = THE_COURSE;
        this.enrollmentCode = code.value();
        this.codeChangedAt = now;
    }

    /** The old code stops working at once: a student halfway through registering must ask again. */
    void changeCode(EnrollmentCode newCode, Instant now) {
        this.enrollmentCode = newCode.value();
        this.codeChangedAt = now;
    }

    public boolean admits(String typedCode) {
        return enrollmentCode().matches(typedCode);
    }

    public EnrollmentCode enrollmentCode() {
        return new EnrollmentCode(enrollmentCode);
    }

    public Instant codeChangedAt() {
        return codeChangedAt;
    }
}
