package app.steppe.grading;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The scoring rules are pure functions, unit-tested without Spring: nothing in {@code grading.scoring} may use Spring,
 * persistence or the servlet API. Modulith cannot see this rule, so ArchUnit checks it (and fails if the package is
 * ever empty, so the rule cannot pass by checking nothing). The package's {@code package-info} is left out: its
 * {@code @NamedInterface} is metadata for Modulith, not a dependency of the rules.
 */
class ScoringRulesArchitectureTest {

    private final JavaClasses scoring = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.steppe.grading.scoring");

    @Test
    void scoringRulesUseNoSpringNoPersistenceAndNoServletApi() {
        noClasses().that().resideInAPackage("app.steppe.grading.scoring..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "jakarta.servlet..")
                .check(scoring);
    }
}
