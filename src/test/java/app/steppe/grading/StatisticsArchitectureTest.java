package app.steppe.grading;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The quiz statistics are pure computation like the scoring rules: nothing in {@code grading.statistics} may use
 * Spring, persistence or the servlet API, and beyond the JDK it needs nothing at all (the caller hands it plain
 * numbers, not questions or attempts). ArchUnit fails these rules if the package is ever empty. The
 * {@code package-info} is left out: its {@code @NamedInterface} is metadata for Modulith, not a dependency.
 */
class StatisticsArchitectureTest {

    private final JavaClasses statistics = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.steppe.grading.statistics");

    @Test
    void statisticsUseNoSpringNoPersistenceAndNoServletApi() {
        noClasses().that().resideInAPackage("app.steppe.grading.statistics..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "jakarta.servlet..")
                .check(statistics);
    }

    @Test
    void statisticsNeedNothingButTheJdk() {
        classes().that().resideInAPackage("app.steppe.grading.statistics..")
                .and().doNotHaveSimpleName("package-info")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.steppe.grading.statistics..")
                .check(statistics);
    }
}
