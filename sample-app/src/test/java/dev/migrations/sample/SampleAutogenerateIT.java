package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.MigrationsConfig;
import dev.migrations.sample.domain.User;
import dev.migrations.schema.Autogenerate;
import dev.migrations.schema.EntitySchema;
import dev.migrations.schema.SchemaMigration;
import dev.migrations.schema.ScratchServer;
import dev.migrations.testsupport.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's entities against its migrations, on PostgreSQL: the check passes, fails after an entity change, and
 * the migration that diff writes makes it pass again. Only the users table is compared here (Alembic's
 * include_object); SampleAppMigrationsIT compares all the entities.
 */
class SampleAutogenerateIT {

    @TempDir
    Path next;

    @Test
    void checkPassesThenFailsAfterAnEntityChangeAndDiffWritesTheMigrationThatFixesIt() throws Exception {
        PostgresServer server = PostgresServer.get();
        Autogenerate autogenerate = Autogenerate.on(
                        new ScratchServer(server.jdbcUrl("postgres"), server.adminUser(), server.adminPassword()),
                        MigrationsConfig.builder()
                                .locations(
                                        "classpath:db/migrations/common",
                                        "classpath:db/migrations/postgresql",
                                        "filesystem:" + next)
                                .build())
                .excludingTables("auth_identities", "organizations", "memberships");

        assertThat(autogenerate.check(EntitySchema.of(List.of(User.class))).describe())
                .isEqualTo("schemas are equal");

        EntitySchema changed = EntitySchema.of(List.of(ChangedUser.class));
        assertThat(autogenerate.check(changed).describe()).isEqualTo("""
                        2 differences:
                          column public.users.nickname: missing
                          index public.users_nickname: missing""");

        SchemaMigration migration = autogenerate.diff(changed, List.of());
        Path file = autogenerate.write(migration, next, "add nickname");
        assertThat(file.getFileName()).hasToString("V6__add_nickname.sql");
        assertThat(Files.readString(file)).isEqualTo("""
                        ALTER TABLE public.users ADD COLUMN nickname character varying(50);
                        CREATE INDEX users_nickname ON public.users USING btree (nickname);

                        -- migrate:down
                        DROP INDEX public.users_nickname;
                        -- destructive: drop column public.users.nickname and its data
                        ALTER TABLE public.users DROP COLUMN nickname;
                        """);
        assertThat(autogenerate.check(changed).describe()).isEqualTo("schemas are equal");
    }
}
