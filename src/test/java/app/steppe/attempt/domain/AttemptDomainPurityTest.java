package app.steppe.attempt.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

/**
 * The attempt rules ({@code Attempt}, {@code AttemptStart}, the value records, drawing, reading answers) are plain
 * Java told the time: no framework, and no clock read inside them. Beside them, and only there, the entities, the
 * store and the services use Spring and JPA; the finalizer is the one place that reads the clock. Modulith cannot see
 * either rule, so ArchUnit checks them.
 */
class AttemptDomainPurityTest {

    private static final List<Class<? extends Annotation>> EDGE = List.of(Entity.class, Embeddable.class, Service.class,
            Component.class, Repository.class, ConfigurationProperties.class);

    private static final DescribedPredicate<JavaClass> RULES = DescribedPredicate.describe("the attempt rules",
            type -> !isEdge(type) && type.getEnclosingClass().map(outer -> !isEdge(outer)).orElse(true));

    private final JavaClasses domain = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.steppe.attempt.domain");

    private static boolean isEdge(JavaClass type) {
        return EDGE.stream().anyMatch(type::isAnnotatedWith);
    }

    @Test
    void theAttemptRulesUseNoSpringNoPersistenceAndNoServletApi() {
        noClasses().that(RULES).should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "org.hibernate..")
                .check(domain);
    }

    @Test
    void theAttemptRulesNeverReadTheClock() {
        noClasses().that(RULES).should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(Clock.class, "instant")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(domain);
    }

    @Test
    void theRulesAreWhatIsChecked() {
        var rules = domain.that(RULES);
        org.assertj.core.api.Assertions.assertThat(rules.stream().map(JavaClass::getSimpleName))
                .contains("Attempt", "AttemptStart", "QuestionDraw", "MarkSheet", "Deadline")
                .doesNotContain("Attempts", "AttemptStore", "AttemptRecord", "OverdueAttemptFinalizer");
    }
}
