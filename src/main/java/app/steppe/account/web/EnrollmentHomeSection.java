package app.steppe.account.web;

import java.util.Map;

import org.springframework.stereotype.Component;

import app.steppe.account.domain.CourseEnrollment;
import app.steppe.account.domain.StudentAccounts;
import app.steppe.shared.security.AuthenticatedUser;
import app.steppe.shared.web.HomeSection;

/** The instructor's card on the home page: the enrollment code to hand out, and how many students there are. */
@Component
class EnrollmentHomeSection implements HomeSection {

    private final CourseEnrollment enrollment;
    private final StudentAccounts students;

    EnrollmentHomeSection(CourseEnrollment enrollment, StudentAccounts students) {
        this.enrollment = enrollment;
        this.students = students;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean appliesTo(AuthenticatedUser user) {
        return user.isInstructor();
    }

    @Override
    public String fragment() {
        return "account/home :: enrollment";
    }

    @Override
    public Map<String, Object> model(AuthenticatedUser user) {
        return Map.of("code", enrollment.currentCode().value(), "studentCount", students.count());
    }
}
