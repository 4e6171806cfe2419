package dev.migrations.boot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** House rule 2, as Spring Boot's own build enforces it for its modules. */
class ArchitectureTests {

    private static final JavaClasses BOOT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.migrations.boot");

    @Test
    void autoConfigurationClassesArePublicAndFinal() {
        classes()
                .that()
                .areAnnotatedWith(AutoConfiguration.class)
                .should()
                .bePublic()
                .andShould()
                .haveModifier(JavaModifier.FINAL)
                .check(BOOT);
    }

    @Test
    void autoConfigurationClassesHaveNoPublicMembers() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(AutoConfiguration.class)
                .should()
                .notBePublic()
                .check(BOOT);
    }

    @Test
    void beanMethodsAreNotConditionalOnClass() {
        methods()
                .that()
                .areAnnotatedWith(Bean.class)
                .should()
                .notBeAnnotatedWith(ConditionalOnClass.class)
                .because("@ConditionalOnClass on a @Bean method cannot stop its signature from being loaded")
                .check(BOOT);
    }

    @Test
    void onlyTheAutoconfigurePackageUsesSpringBootAutoconfigure() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.migrations.boot.autoconfigure..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.boot.autoconfigure..")
                .check(BOOT);
    }
}
