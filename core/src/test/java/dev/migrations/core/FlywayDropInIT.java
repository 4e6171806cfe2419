package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flyway's features that a Flyway folder uses, run side by side: the same folder applied by Flyway 11 into one
 * database and by the engine into another, then the history rows, the objects and the callback traces compared.
 */
@org.junit.jupiter.api.Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class FlywayDropInIT {

    private static final String TABLE = "flyway_schema_history";

    @TempDir
    Path dir;

    private final PostgresTestDatabase flywayDb = new PostgresTestDatabase();

    private final PostgresTestDatabase oursDb = new PostgresTestDatabase();

    @BeforeEach
    void createDatabases() {
        flywayDb.create();
        oursDb.create();
    }

    @AfterEach
    void dropDatabases() {
        flywayDb.drop();
        oursDb.drop();
    }

    @Test
    void repeatableMigrationsRunAfterVersionedOnesInDescriptionOrderAndAgainWhenChanged() throws Exception {
        write("V1__create_items.sql", "CREATE TABLE items (id int PRIMARY KEY, name text);\n");
        write("sub/V2__add_price.sql", "ALTER TABLE items ADD COLUMN price numeric;\n");
        write(
                "R__b_items_view.sql",
                "CREATE OR REPLACE VIEW cheap_items AS SELECT id, name FROM items WHERE price < 10;\n");
        write(
                "R__a_price_function.sql",
                "CREATE OR REPLACE FUNCTION price_of(item int) RETURNS numeric LANGUAGE sql AS $$\n"
                        + "  SELECT price FROM items WHERE id = item\n$$;\n");

        flyway(flywayDb).migrate();
        MigrationResult first = ours(oursDb).migrate();

        assertThat(first.executed())
                .extracting(ExecutedMigration::version, ExecutedMigration::description)
                .containsExactly(
                        tuple("1", "create items"),
                        tuple("2", "add price"),
                        tuple(null, "a price function"),
                        tuple(null, "b items view"));
        assertThat(first.finalVersion()).isEqualTo("2");
        assertThat(rows(oursDb)).isEqualTo(rows(flywayDb));
        assertThat(rows(oursDb)).extracting((r) -> r.get(3)).contains("sub/V2__add_price.sql", "R__b_items_view.sql");

        // a restart with nothing changed applies nothing, also not the repeatable ones
        assertThat(ours(oursDb).migrate().executed()).isEmpty();
        assertThat(ours(oursDb).info().migrations())
                .extracting(MigrationInfo::label, MigrationInfo::state)
                .containsExactly(
                        tuple("1", MigrationState.APPLIED),
                        tuple("2", MigrationState.APPLIED),
                        tuple("R:a price function", MigrationState.APPLIED),
                        tuple("R:b items view", MigrationState.APPLIED));

        write(
                "R__b_items_view.sql",
                "CREATE OR REPLACE VIEW cheap_items AS SELECT id, name FROM items WHERE price < 5;\n");
        MigrationStatus outdated = ours(oursDb).info();
        assertThat(outdated.migrations().get(3).state()).isEqualTo(MigrationState.OUTDATED);
        assertThat(outdated.pending()).extracting(MigrationInfo::label).containsExactly("R:b items view");
        assertThat(ours(oursDb).dryRun())
                .contains(
                        "-- Apply repeatable migration: b items view (filesystem:" + dir.resolve("R__b_items_view.sql"))
                .contains("price < 5")
                .doesNotContain("price_of");
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> ours(oursDb).validate())
                .satisfies((e) -> assertThat(e.code()).isEqualTo(ErrorCode.PENDING_MIGRATIONS))
                .withMessageContaining("(repeatable migration \"b items view\")");

        flyway(flywayDb).migrate();
        assertThat(ours(oursDb).migrate().executed())
                .extracting(ExecutedMigration::description)
                .containsExactly("b items view");
        assertThat(rows(oursDb)).isEqualTo(rows(flywayDb)).hasSize(5);
        assertThat(viewDefinition(oursDb)).isEqualTo(viewDefinition(flywayDb)).contains("(5)");

        // a target below the newest version still applies changed repeatable migrations (as Flyway does)
        write(
                "R__b_items_view.sql",
                "CREATE OR REPLACE VIEW cheap_items AS SELECT id, name FROM items WHERE price < 7;\n");
        assertThat(ours(oursDb).migrate("1").executed())
                .extracting(ExecutedMigration::description)
                .containsExactly("b items view");

        // a downgrade undoes versioned migrations only: the repeatable rows and objects stay
        write(
                "V3__add_stock.sql",
                "ALTER TABLE items ADD COLUMN stock int;\n-- migrate:down\nALTER TABLE items DROP COLUMN stock;\n");
        ours(oursDb).migrate();
        MigrationResult down = ours(oursDb).downgrade(1);
        assertThat(down.executed()).extracting(ExecutedMigration::version).containsExactly("3");
        assertThat(down.finalVersion()).isEqualTo("2");
        assertThat(ours(oursDb).info().migrations())
                .extracting(MigrationInfo::label, MigrationInfo::state)
                .contains(tuple("R:b items view", MigrationState.APPLIED), tuple("3", MigrationState.PENDING));
    }

    @Test
    void takesOverAFlywayHistoryWithRepeatableMigrationsAndFlywayTakesItBack() throws Exception {
        write("V1__create_items.sql", "CREATE TABLE items (id int PRIMARY KEY, name text);\n");
        write("R__items_view.sql", "CREATE OR REPLACE VIEW all_items AS SELECT id FROM items;\n");

        // Flyway first, then the engine
        flyway(flywayDb).migrate();
        assertThat(ours(flywayDb).migrate().executed()).isEmpty();
        write("V2__add_name_index.sql", "CREATE INDEX items_name ON items (name);\n");
        write("R__items_view.sql", "CREATE OR REPLACE VIEW all_items AS SELECT id, name FROM items;\n");
        assertThat(ours(flywayDb).migrate().executed()).hasSize(2);
        flyway(flywayDb).validate();
        assertThat(flyway(flywayDb).info().pending()).isEmpty();
        assertThat(flyway(flywayDb).migrate().migrationsExecuted).isZero();

        // the engine first, then Flyway
        ours(oursDb).migrate();
        flyway(oursDb).validate();
        assertThat(flyway(oursDb).migrate().migrationsExecuted).isZero();
        write("R__items_view.sql", "CREATE OR REPLACE VIEW all_items AS SELECT id, name, 1 AS one FROM items;\n");
        assertThat(flyway(oursDb).migrate().migrationsExecuted).isEqualTo(1);
        assertThat(ours(oursDb).migrate().executed()).isEmpty();
        assertThat(rows(oursDb)).hasSize(4);
    }

    @Test
    void sqlCallbacksRunAtFlywaysEvents() throws Exception {
        write(
                "beforeMigrate.sql",
                "CREATE TABLE IF NOT EXISTS callback_log (id serial PRIMARY KEY, event text);\n"
                        + "INSERT INTO callback_log (event) VALUES ('beforeMigrate');\n");
        write(
                "beforeEachMigrate.sql",
                "INSERT INTO callback_log (event) VALUES ('beforeEachMigrate ${flyway:filename}');\n");
        write("afterEachMigrate.sql", "INSERT INTO callback_log (event) VALUES ('afterEachMigrate');\n");
        write("afterVersioned.sql", "INSERT INTO callback_log (event) VALUES ('afterVersioned');\n");
        write("beforeRepeatables.sql", "INSERT INTO callback_log (event) VALUES ('beforeRepeatables');\n");
        write("afterMigrateApplied.sql", "INSERT INTO callback_log (event) VALUES ('afterMigrateApplied');\n");
        write("afterMigrate.sql", "INSERT INTO callback_log (event) VALUES ('afterMigrate');\n");
        write("afterMigrate__second.sql", "INSERT INTO callback_log (event) VALUES ('afterMigrate second');\n");
        write(
                "afterMigrateError.sql",
                "CREATE TABLE IF NOT EXISTS error_log (event text);\nINSERT INTO error_log VALUES ('afterMigrateError');\n");
        write("afterEachMigrateError.sql", "CREATE TABLE IF NOT EXISTS each_error_log (event text);\n");
        write("V1__create_items.sql", "CREATE TABLE items (id int PRIMARY KEY);\n");
        write("V2__index.sql", "CREATE INDEX CONCURRENTLY items_id ON items (id);\n");
        write("R__view.sql", "CREATE OR REPLACE VIEW v AS SELECT id FROM items;\n");

        flyway(flywayDb).migrate();
        ours(oursDb).migrate();
        assertThat(log(oursDb, "callback_log"))
                .isEqualTo(log(flywayDb, "callback_log"))
                .contains("beforeRepeatables");
        assertThat(rows(oursDb)).isEqualTo(rows(flywayDb));

        // nothing pending: beforeMigrate and afterMigrate still run
        flyway(flywayDb).migrate();
        ours(oursDb).migrate();
        assertThat(log(oursDb, "callback_log")).isEqualTo(log(flywayDb, "callback_log"));

        // a failed migration: afterEachMigrateError and afterMigrateError run after the rollback
        write("V3__broken.sql", "CREATE TABLE broken (id int REFERENCES nowhere (id));\n");
        assertThatExceptionOfType(FlywayException.class)
                .isThrownBy(() -> flyway(flywayDb).migrate());
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> ours(oursDb).migrate());
        assertThat(log(oursDb, "error_log"))
                .isEqualTo(log(flywayDb, "error_log"))
                .containsExactly("afterMigrateError");
        assertThat(log(oursDb, "callback_log")).isEqualTo(log(flywayDb, "callback_log"));
        // a difference (docs/from-flyway.md): Flyway runs afterEachMigrateError inside the failed transaction, where
        // PostgreSQL accepts no statement; the engine runs it after the rollback, where it can record the failure
        assertThat(tableExists(flywayDb, "each_error_log")).isFalse();
        assertThat(tableExists(oursDb, "each_error_log")).isTrue();
    }

    @Test
    void javaCallbacksSeeTheSameEventsAsFlywayCallbacks() throws Exception {
        write("V1__create_items.sql", "CREATE TABLE items (id int PRIMARY KEY);\n");
        write("R__view.sql", "CREATE OR REPLACE VIEW v AS SELECT id FROM items;\n");
        List<String> flywayEvents = new ArrayList<>();
        List<String> ourEvents = new ArrayList<>();
        flyway(
                        flywayDb,
                        (c) -> c.callbacks(new Callback() {
                            @Override
                            public boolean supports(Event event, Context context) {
                                return event.getId().contains("igrate")
                                        || event == Event.AFTER_VERSIONED
                                        || event == Event.BEFORE_REPEATABLES;
                            }

                            @Override
                            public boolean canHandleInTransaction(Event event, Context context) {
                                return true;
                            }

                            @Override
                            public void handle(Event event, Context context) {
                                if (!event.getId().contains("Statement")
                                        && !event.getId().contains("OperationFinish")) {
                                    flywayEvents.add(event.getId()
                                            + ((context.getMigrationInfo() != null)
                                                    ? " "
                                                            + context.getMigrationInfo()
                                                                    .getDescription()
                                                    : ""));
                                }
                            }

                            @Override
                            public String getCallbackName() {
                                return "recorder";
                            }
                        }))
                .migrate();
        Migrator.create(
                        oursDb.dataSource(),
                        config().callback((event, connection, migration) -> ourEvents.add(
                                        event.id() + ((migration != null) ? " " + migration.description() : "")))
                                .build())
                .migrate();
        assertThat(ourEvents).isEqualTo(flywayEvents).contains("beforeEachMigrate view", "afterMigrate");
    }

    @Test
    void scriptConfigurationAndStatementsThatCannotRunInATransaction() throws Exception {
        write("V1__create_items.sql", "CREATE TABLE items (id int PRIMARY KEY, name text);\n");
        // only CREATE INDEX CONCURRENTLY: runs without a transaction by itself, in both tools
        write("V2__index_concurrently.sql", "CREATE INDEX CONCURRENTLY items_name ON items (name);\n");
        // a .conf file takes the transaction away from a file that could run in one
        write("V3__vacuum.sql", "CREATE INDEX CONCURRENTLY items_id ON items (id);\nANALYZE items;\n");
        write("V3__vacuum.sql.conf", "executeInTransaction=false\n");
        Files.write(dir.resolve("V4__latin1.sql"), "COMMENT ON TABLE items IS 'caf\u00e9';\n".getBytes("ISO-8859-1"));
        write("V4__latin1.sql.conf", "encoding=ISO-8859-1\n");

        flyway(flywayDb).migrate();
        ours(oursDb).migrate();
        assertThat(rows(oursDb)).isEqualTo(rows(flywayDb));
        try (Connection c = oursDb.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT obj_description('items'::regclass)")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("caf\u00e9");
        }

        // a file mixing them with transactional statements is refused before anything runs
        write("V5__create_more.sql", "CREATE TABLE more (id int);\n");
        write("V6__mixed.sql", "CREATE TABLE other (id int);\nCREATE INDEX CONCURRENTLY other_id ON other (id);\n");
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> ours(oursDb).migrate())
                .satisfies((e) -> assertThat(e.code()).isEqualTo(ErrorCode.MIXED_TRANSACTION_MODES));
        assertThat(rows(oursDb)).hasSize(4);
    }

    @Test
    void flywaysBuiltInPlaceholdersAndPlaceholderSyntax() throws Exception {
        write(
                "V1__placeholders.sql",
                "CREATE TABLE facts (name text, value text);\n"
                        + "INSERT INTO facts VALUES ('schema', '${flyway:defaultSchema}'), ('user', '${flyway:user}'),"
                        + " ('database', CASE WHEN '${flyway:database}' = current_database() THEN 'current' END),"
                        + " ('table', '${flyway:table}'), ('filename', '${flyway:filename}'),"
                        + " ('case', '${FLYWAY:DEFAULTSCHEMA}'), ('custom', '#[owner]');\n");
        write("R__stamp.sql", "COMMENT ON TABLE facts IS 'by ${flyway:filename}';\n");
        Map<String, String> placeholders = Map.of("owner", "app_owner");

        flyway(
                        flywayDb,
                        (c) -> c.placeholders(placeholders)
                                .placeholderPrefix("#[")
                                .placeholderSuffix("]"))
                .migrate();
        // the custom syntax: ${...} is left alone by Flyway, so the engine must leave it alone as well
        assertThat(facts(flywayDb))
                .containsEntry("custom", "app_owner")
                .containsEntry("schema", "${flyway:defaultSchema}");
        Migrator.create(
                        oursDb.dataSource(),
                        config().placeholders(placeholders)
                                .placeholderPrefix("#[")
                                .placeholderSuffix("]")
                                .build())
                .migrate();
        assertThat(facts(oursDb)).isEqualTo(facts(flywayDb));
        assertThat(rows(oursDb)).isEqualTo(rows(flywayDb));

        // the default syntax
        flywayDb.drop();
        oursDb.drop();
        flywayDb.create();
        oursDb.create();
        write(
                "V1__placeholders.sql",
                Files.readString(dir.resolve("V1__placeholders.sql")).replace("#[owner]", "${owner}"));
        flyway(flywayDb, (c) -> c.placeholders(placeholders)).migrate();
        Migrator.create(oursDb.dataSource(), config().placeholders(placeholders).build())
                .migrate();
        assertThat(facts(oursDb))
                .isEqualTo(facts(flywayDb))
                .containsEntry("schema", "public")
                .containsEntry("user", oursDb.user())
                .containsEntry("database", "current")
                .containsEntry("table", TABLE)
                .containsEntry("filename", "V1__placeholders.sql")
                .containsEntry("case", "public")
                .containsEntry("custom", "app_owner");
        // a repeatable checksum covers its placeholder values, as in Flyway
        assertThat(rows(oursDb)).isEqualTo(rows(flywayDb));
    }

    private void write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private Flyway flyway(PostgresTestDatabase db) {
        return flyway(db, UnaryOperator.identity());
    }

    private Flyway flyway(PostgresTestDatabase db, UnaryOperator<FluentConfiguration> more) {
        return more.apply(Flyway.configure()
                        .dataSource(db.jdbcUrl(), db.user(), db.password())
                        .locations("filesystem:" + dir)
                        // Flyway's default transactional lock makes CREATE INDEX CONCURRENTLY wait for ever
                        .configuration(Map.of("flyway.postgresql.transactional.lock", "false"))
                        .cleanDisabled(true))
                .load();
    }

    private MigrationsConfig.Builder config() {
        return MigrationsConfig.builder().locations("filesystem:" + dir).table(TABLE);
    }

    private Migrator ours(PostgresTestDatabase db) {
        return Migrator.create(db.dataSource(), config().build());
    }

    /** The history rows as Flyway's info and validate read them: rank, version, description, script, ... */
    static List<List<Object>> rows(PostgresTestDatabase db) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT installed_rank, version, description, script, type, checksum,"
                        + " success FROM " + TABLE + " ORDER BY installed_rank")) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= 7; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> log(PostgresTestDatabase db, String table) throws SQLException {
        List<String> events = new ArrayList<>();
        if (!tableExists(db, table)) {
            return events;
        }
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT event FROM " + table + (table.equals("callback_log") ? " ORDER BY id" : ""))) {
            while (rs.next()) {
                events.add(rs.getString(1));
            }
        }
        return events;
    }

    private static boolean tableExists(PostgresTestDatabase db, String table) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static String viewDefinition(PostgresTestDatabase db) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_get_viewdef('cheap_items'::regclass)")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Map<String, String> facts(PostgresTestDatabase db) throws SQLException {
        Map<String, String> facts = new java.util.TreeMap<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, value FROM facts")) {
            while (rs.next()) {
                facts.put(rs.getString(1), rs.getString(2));
            }
        }
        return facts;
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
