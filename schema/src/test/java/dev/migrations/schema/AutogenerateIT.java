package dev.migrations.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrations.core.MigrationsConfig;
import dev.migrations.schema.entities.Customer;
import dev.migrations.schema.entities.PurchaseOrder;
import dev.migrations.testsupport.PostgresServer;
import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Autogenerate end to end: migrations and desired schema in scratch databases that are always dropped. */
class AutogenerateIT {

    @RegisterExtension
    static final PostgresTestDatabase live = new PostgresTestDatabase();

    @TempDir
    Path dir;

    Path migrations;

    Autogenerate autogenerate;

    int scratchBefore;

    @BeforeEach
    void setUp() throws Exception {
        migrations = Files.createDirectories(dir.resolve("migrations"));
        PostgresServer server = PostgresServer.get();
        autogenerate = Autogenerate.on(
                new ScratchServer(server.jdbcUrl("postgres"), server.adminUser(), server.adminPassword()),
                MigrationsConfig.builder().locations("filesystem:" + migrations).build());
        scratchBefore = scratchDatabases();
    }

    @AfterEach
    void everyScratchDatabaseIsDropped() throws SQLException {
        assertThat(scratchDatabases()).isEqualTo(scratchBefore);
    }

    @Test
    void writesTheNextMigrationFromASchemaFileAndThenFindsNoChanges() throws Exception {
        Files.writeString(
                migrations.resolve("V1__users.sql"),
                "CREATE TABLE users (id bigint PRIMARY KEY);\n" + "-- migrate:down\nDROP TABLE users;\n");
        Path schema = Files.writeString(dir.resolve("schema.sql"), """
                CREATE TABLE users (id bigint PRIMARY KEY, nickname text);
                CREATE INDEX users_nickname ON users (nickname);
                """);

        SchemaMigration migration = autogenerate.diff(DesiredSchema.sqlFiles(schema), List.of());
        assertThat(migration.summary())
                .isEqualTo("  + add column public.users.nickname\n  + create index users_nickname on public.users");
        assertThat(autogenerate.check(DesiredSchema.sqlFiles(schema)).describe())
                .isEqualTo("""
                2 differences:
                  column public.users.nickname: missing
                  index public.users_nickname: missing""");

        Path file = autogenerate.write(migration, migrations, "add nickname");
        assertThat(file.getFileName()).hasToString("V2__add_nickname.sql");
        assertThat(Files.readString(file)).isEqualTo("""
                ALTER TABLE public.users ADD COLUMN nickname text;
                CREATE INDEX users_nickname ON public.users USING btree (nickname);

                -- migrate:down
                DROP INDEX public.users_nickname;
                -- destructive: drop column public.users.nickname and its data
                ALTER TABLE public.users DROP COLUMN nickname;
                """);
        assertThat(autogenerate.check(DesiredSchema.sqlFiles(schema)).equal()).isTrue();
        assertThat(autogenerate.diff(DesiredSchema.sqlFiles(schema), List.of()).summary())
                .isEqualTo("no changes");
    }

    @Test
    void renamesOnlyWhenTold() throws Exception {
        Files.writeString(
                migrations.resolve("V1__customers.sql"), "CREATE TABLE customers (id int PRIMARY KEY, name text);");
        Path schema = Files.writeString(
                dir.resolve("schema.sql"),
                "CREATE TABLE clients (id int CONSTRAINT customers_pkey PRIMARY KEY, full_name text);");

        SchemaMigration guessed = autogenerate.diff(DesiredSchema.sqlFiles(schema), List.of());
        assertThat(guessed.render()).contains("-- destructive: drop table public.customers and its data");
        assertThat(guessed.notes()).isEmpty(); // the columns differ too: nothing of the same shape

        SchemaMigration told = autogenerate.diff(
                DesiredSchema.sqlFiles(schema),
                List.of(Rename.parse("customers=clients"), Rename.parse("clients.name=full_name")));
        assertThat(told.render()).isEqualTo("""
                ALTER TABLE public.customers RENAME TO clients;
                ALTER TABLE public.clients RENAME COLUMN name TO full_name;

                -- migrate:down
                ALTER TABLE public.clients RENAME COLUMN full_name TO name;
                ALTER TABLE public.clients RENAME TO customers;
                """);
        assertThatExceptionOfType(AutogenerateException.class)
                .isThrownBy(() -> autogenerate.diff(DesiredSchema.sqlFiles(schema), List.of(Rename.parse("nope=x"))))
                .satisfies(ex -> assertThat(ex.code()).isEqualTo("MIG-102"))
                .withMessageStartingWith("MIG-102 The rename hint nope=x names no table or column");
    }

    @Test
    void reportsDriftAgainstALiveDatabase() throws Exception {
        Files.writeString(migrations.resolve("V1__t.sql"), "CREATE TABLE t (id int PRIMARY KEY, v varchar(10));");
        live.execute("CREATE TABLE t (id int PRIMARY KEY, v varchar(20)); CREATE TABLE hotfix (id int);");

        SchemaComparison drift =
                autogenerate.check(DesiredSchema.liveDatabase(live.jdbcUrl(), live.user(), live.password()));

        assertThat(drift.describe()).isEqualTo("""
                2 differences:
                  column public.t.v: type is character varying(10), expected character varying(20)
                  table public.hotfix: missing""");
    }

    @Test
    void aFailingSchemaFileNamesTheFileAndTheDatabaseMessage() throws IOException {
        Path schema = Files.writeString(dir.resolve("broken.sql"), "CREATE TABLE t (id int REFERENCES nowhere);");

        assertThatExceptionOfType(AutogenerateException.class)
                .isThrownBy(() -> autogenerate.diff(DesiredSchema.sqlFiles(schema), List.of()))
                .satisfies(ex -> assertThat(ex.code()).isEqualTo("MIG-101"))
                .withMessageContaining(
                        "The schema file " + schema + " failed: ERROR: relation \"nowhere\" does not exist")
                .withMessageContaining("Action:");
    }

    @Test
    void entitiesGiveTheDesiredSchemaAndTheWrittenMigrationSatisfiesCheck() throws Exception {
        EntitySchema entities = EntitySchema.of(List.of(Customer.class, PurchaseOrder.class));

        SchemaMigration migration = autogenerate.diff(entities, List.of());
        assertThat(migration.summary())
                .contains(
                        "+ create table public.customer",
                        "+ create table public.purchase_order",
                        "+ create sequence public.purchase_order_seq",
                        "+ create index purchase_order_customer on public.purchase_order");
        String file = migration.render();
        assertThat(file)
                .contains(
                        "email_address character varying(320) NOT NULL",
                        "created_at timestamp(6) with time zone",
                        "total_amount numeric(38,2)",
                        "id bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL");
        assertThat(autogenerate.check(entities).equal()).isFalse();

        autogenerate.write(migration, migrations, "entities");
        SchemaComparison after = autogenerate.check(entities);
        assertThat(after.equal()).as(after.describe()).isTrue();
        assertThat(EntitySchema.scan(getClass().getClassLoader(), List.of("dev.migrations.schema.entities"))
                        .entities())
                .containsExactlyInAnyOrder(Customer.class, PurchaseOrder.class);
        Path testClasses = Path.of(Customer.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        assertThat(EntitySchema.scanClassPath(getClass().getClassLoader(), List.of(testClasses))
                        .entities())
                .containsExactlyInAnyOrder(Customer.class, PurchaseOrder.class);
    }

    private static int scratchDatabases() throws SQLException {
        try (Connection connection = PostgresServer.get().adminConnection();
                ResultSet rs = connection
                        .createStatement()
                        .executeQuery(
                                "SELECT count(*) FROM pg_database WHERE datname LIKE 'migrations\\_scratch\\_%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
