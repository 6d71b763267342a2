package app.steppe.study.fsrs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The scheduler is plain Java: no Spring, no persistence, and it never reads the clock itself. */
class FsrsPurityTest {

    private final JavaClasses fsrs = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.steppe.study.fsrs");

    @Test
    void theSchedulerUsesNoSpringAndNoPersistence() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..")
                .check(fsrs);
    }

    @Test
    void theSchedulerIsGivenTheTimeAndNeverAsksForIt() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(fsrs);
    }
}
