package dev.migrations.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import dev.migrations.test.entities.Customer;
import dev.migrations.test.entities.Invoice;
import dev.migrations.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The entities check (Hibernate's export compared with what the migrations build) and the opt-in safety check. */
class EntitiesAndSafetyIT {

    @RegisterExtension
    static final PostgresTestDatabase reference = new PostgresTestDatabase();

    private static MigrationsKit.Builder kit(String location) {
        return TestServer.kitAt("classpath:kit/" + location);
    }

    @Test
    void entitiesMatchingTheMigrationsPass() {
        try (MigrationsKit kit = kit("entities").entities(Customer.class).build()) {
            kit.assertEntitiesMatchMigrations();
        }
        try (MigrationsKit kit =
                kit("entities").entityPackages("dev.migrations.test.entities").build()) {
            assertThatThrownBy(kit::assertEntitiesMatchMigrations).hasMessageContaining("table public.invoice");
        }
    }

    @Test
    void anEntityWithoutMigrationFailsNamingItAndShowingTheMigrationThatWouldCloseTheGap() {
        try (MigrationsKit kit =
                kit("entities").entities(Customer.class, Invoice.class).build()) {
            assertThatThrownBy(kit::assertEntitiesMatchMigrations)
                    .isInstanceOf(MigrationAssertionError.class)
                    .hasMessageStartingWith("Migrations entities failed: the schema the migrations build differs"
                            + " from the one the 2 JPA entities need in 1 place(s).\n"
                            + "  Statement:   ")
                    .hasMessageContaining("CREATE TABLE public.invoice")
                    .hasMessageContaining("  Difference:  table public.invoice: needed by the entities, not built by"
                            + " the migrations\n")
                    .hasMessageEndingWith("  Action:      Add a migration with the statements above (migrations"
                            + " diff writes it), or change the entities to match.");
        }
    }

    @Test
    void safetyFailsOnAnIndexBuiltWithoutConcurrentlyOnATableThatExistsInProduction() {
        Migrator.create(
                        reference.dataSource(),
                        MigrationsConfig.builder()
                                .locations("classpath:kit/unsafe")
                                .build())
                .migrate("1");
        String url = reference.jdbcUrl() + "?user=" + reference.user();
        try (MigrationsKit kit = kit("unsafe").lint(true).referenceUrl(url).build()) {
            assertThatThrownBy(kit::assertSafe)
                    .isInstanceOf(MigrationAssertionError.class)
                    .hasMessageStartingWith("Migrations safety failed: 1 lint error(s) in 1 analysed migration(s):"
                            + " index-not-concurrent.\n"
                            + "  Migration:   V2 index users name (classpath:kit/unsafe/V2__index_users_name.sql)")
                    .hasMessageContaining("CREATE INDEX users_name ON users (name)");
        }
        // the same migrations without a reference: users is created in the same batch, so the index is safe
        try (MigrationsKit kit = kit("unsafe").lint(true).build()) {
            kit.assertSafe();
            assertThat(kit.lint()).isTrue();
        }
    }
}
