package dev.migrations.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.context.annotation.ImportRuntimeHints;

class MigrationsRuntimeHintsTests {

    @Test
    void migrationFilesOfTheDefaultLocationAndItsVendorFoldersAreKept() {
        RuntimeHints hints = new RuntimeHints();
        new MigrationsRuntimeHints().registerHints(hints, getClass().getClassLoader());
        assertThat(RuntimeHintsPredicates.resource().forResource("db/migrations/V1__create_users.sql"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.resource().forResource("db/migrations/postgresql/V5__index.sql"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.resource().forResource("db/other/V1__x.sql"))
                .rejects(hints);
    }

    @Test
    void theAutoConfigurationImportsTheHints() {
        ImportRuntimeHints imported = MigrationsAutoConfiguration.class.getAnnotation(ImportRuntimeHints.class);
        assertThat(imported).isNotNull();
        assertThat(imported.value()).contains(MigrationsRuntimeHints.class);
    }
}
