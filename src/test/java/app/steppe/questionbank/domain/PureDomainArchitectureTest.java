package app.steppe.questionbank.domain;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The question bank's rules are plain Java: the model records, validation, answer matching, grounding, Markdown and
 * the YAML codec are unit-tested without Spring. Only the entities, repositories and services of the domain package
 * itself (persistence and transactions) use Spring and JPA. Modulith cannot see this rule, so ArchUnit checks it.
 */
class PureDomainArchitectureTest {

    private final JavaClasses domain = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.steppe.questionbank.domain");

    @Test
    void theDomainUsesNoSpringNoPersistenceAndNoServletApi() {
        noClasses().that().resideInAnyPackage("..domain.grounding..", "..domain.matching..", "..domain.yaml..",
                        "..domain.markdown..", "..domain.validation..", "..domain.gift..", "..domain.aiken..",
                        "..domain.interop..", "..domain.qti..")
                .or().areAssignableTo(AnswerSpec.class).or().areAssignableTo(QuestionContent.class)
                .or().areAssignableTo(QuestionSetContent.class).or().areAssignableTo(Citation.class)
                .should().dependOnClassesThat(resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "org.hibernate..")
                        // Modulith's @NamedInterface only marks what other modules may use; it brings in no framework
                        .and(not(resideInAPackage("org.springframework.modulith"))))
                .check(domain);
    }
}
