package app.steppe.account;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import app.steppe.account.domain.CourseEnrollment;

/** The course row exists from the first start, with a random enrollment code for the instructor to hand out. */
@Component
@Order(5)
class CourseBootstrap implements ApplicationRunner {

    private final CourseEnrollment enrollment;

    CourseBootstrap(CourseEnrollment enrollment) {
        this.enrollment = enrollment;
    }

    @Override
    public void run(ApplicationArguments args) {
        enrollment.ensureCourse();
    }
}
