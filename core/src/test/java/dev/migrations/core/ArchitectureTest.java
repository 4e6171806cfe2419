package dev.migrations.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.migrations.core");

    @Test
    void coreHasNoSpringDependency() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .because("the engine must stay usable without Spring (house rule 1)")
                .check(CORE);
    }

    @Test
    void coreDoesNotDependOnTheBootModule() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.migrations.boot..")
                .check(CORE);
    }
}
