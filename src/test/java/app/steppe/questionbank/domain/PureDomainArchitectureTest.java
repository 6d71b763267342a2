package app.steppe.questionbank.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The question bank's domain is plain Java: it is unit-tested without Spring, and the wiring (Spring, JPA, web)
 * lives outside it. Modulith cannot see this rule, so ArchUnit checks it.
 */
class PureDomainArchitectureTest {

    private final JavaClasses domain = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.steppe.questionbank.domain");

    @Test
    void theDomainUsesNoSpringNoPersistenceAndNoServletApi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "org.hibernate..")
                .check(domain);
    }
}
