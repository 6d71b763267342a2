package app.steppe.attempt.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The attempt rules are plain Java told the time: no framework, and no clock read inside the model. Modulith cannot
 * see either rule, so ArchUnit checks them. (Persistence mapping will be added next to, not inside, these rules.)
 */
class AttemptDomainPurityTest {

    private final JavaClasses domain = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.steppe.attempt.domain");

    @Test
    void theAttemptDomainUsesNoSpringNoPersistenceAndNoServletApi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "org.hibernate..")
                .check(domain);
    }

    @Test
    void theAttemptDomainNeverReadsTheClock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(Clock.class, "instant")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(domain);
    }
}
