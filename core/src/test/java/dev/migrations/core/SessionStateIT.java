package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration's {@code SET} (search_path, role, any setting) reaches neither the next migration nor the application:
 * each migration starts from the settings the run started with, and the connection, lent by a pool, goes back with the
 * settings it came with, including those the pool set before lending it.
 */
class SessionStateIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    /** One physical connection handed out again and again, as a pool of one does; close() gives it back. */
    private static DataSource poolOfOne(Connection physical) {
        Connection lent = (Connection) Proxy.newProxyInstance(
                SessionStateIT.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (java.lang.reflect.InvocationTargetException ex) {
                        throw ex.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(
                SessionStateIT.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return lent;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Map<String, String> settings(Connection connection) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_user, current_setting('search_path'),"
                        + " current_setting('work_mem'), current_setting('lock_timeout'),"
                        + " current_setting('statement_timeout'), current_setting('application_name'),"
                        + " current_setting('role'), current_setting('TimeZone')")) {
            rs.next();
            for (int i = 1; i <= 8; i++) {
                values.put(rs.getMetaData().getColumnLabel(i) + i, rs.getString(i));
            }
        }
        return values;
    }

    private static String schemaOf(String table) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT table_schema FROM information_schema.tables WHERE table_name = '" + table + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void setInAMigrationReachesNeitherTheNextMigrationNorThePool() throws Exception {
        db.execute("CREATE SCHEMA app");
        db.execute("CREATE SCHEMA elsewhere");
        String reader = "state_reader_" + Long.toHexString(System.nanoTime());
        db.execute("CREATE ROLE " + reader + " NOLOGIN");
        try {
            setInAMigration(reader);
        } finally {
            db.execute("DROP OWNED BY " + reader);
            db.execute("DROP ROLE " + reader);
        }
    }

    private void setInAMigration(String reader) throws Exception {
        db.execute("GRANT USAGE, CREATE ON SCHEMA app, elsewhere TO " + reader);
        Files.writeString(dir.resolve("V1__users.sql"), "CREATE TABLE users (id int);\n");
        Files.writeString(
                dir.resolve("V2__detour.sql"),
                "SET search_path TO elsewhere;\nSET work_mem = '99MB';\nSET TIME ZONE 'Asia/Tokyo';\n"
                        + "CREATE TABLE detour (id int);\n");
        Files.writeString(dir.resolve("V3__orders.sql"), "CREATE TABLE orders (id int);\n");
        Files.writeString(
                dir.resolve("V4__as_reader.sql"),
                "-- migrate:no-transaction\nSET ROLE " + reader + ";\nSET search_path TO elsewhere;\n"
                        + "CREATE TABLE reader_table (id int);\n");
        Files.writeString(dir.resolve("V5__notes.sql"), "CREATE TABLE notes (id int);\n");

        try (Connection physical = db.connect()) {
            try (Statement statement = physical.createStatement()) {
                // what a pool's connection-init SQL typically sets
                statement.execute("SET search_path TO app");
                statement.execute("SET work_mem = '7MB'");
                statement.execute("SET lock_timeout = '12345ms'");
                statement.execute("SET application_name = 'orders-service'");
            }
            Map<String, String> lent = settings(physical);

            MigrationResult result = Migrator.create(
                            poolOfOne(physical),
                            MigrationsConfig.builder()
                                    .locations("filesystem:" + dir)
                                    .lockTimeout(java.time.Duration.ofSeconds(3))
                                    .statementTimeout(java.time.Duration.ofSeconds(60))
                                    .mixed(true)
                                    .build())
                    .migrate();

            assertThat(result.schema()).isEqualTo("app");
            assertThat(result.finalVersion()).isEqualTo("5");
            assertThat(schemaOf("users")).isEqualTo("app");
            assertThat(schemaOf("detour")).as("where V2 asked").isEqualTo("elsewhere");
            assertThat(schemaOf("orders"))
                    .as("V3 starts from the run's search_path")
                    .isEqualTo("app");
            assertThat(schemaOf("reader_table")).isEqualTo("elsewhere");
            assertThat(schemaOf("notes"))
                    .as("V5 after a no-transaction SET ROLE")
                    .isEqualTo("app");
            try (Connection c = db.connect();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT installed_by FROM app.migrations_history" + " WHERE version = '4'")) {
                rs.next();
                assertThat(rs.getString(1))
                        .as("history written as the run's user")
                        .isEqualTo(db.user());
            }
            assertThat(settings(physical))
                    .as("the connection goes back to the pool as it came")
                    .isEqualTo(lent);

            // and the application's next query through the pool finds its tables
            try (Statement statement = physical.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT count(*) FROM orders")) {
                assertThat(rs.next()).isTrue();
            }
        }
    }

    @Test
    void aFailedMigrationLeavesNoSettingBehindEither() throws Exception {
        db.execute("CREATE SCHEMA failing");
        Files.writeString(
                dir.resolve("V1__fails.sql"),
                "-- migrate:no-transaction\nSET search_path TO pg_catalog;\nSET work_mem = '42MB';\n"
                        + "SELECT no_such_function();\n");
        try (Connection physical = db.connect()) {
            try (Statement statement = physical.createStatement()) {
                statement.execute("SET search_path TO failing");
            }
            Map<String, String> lent = settings(physical);
            assertThatExceptionOfType(MigrationException.class)
                    .isThrownBy(() -> Migrator.create(
                                    poolOfOne(physical),
                                    MigrationsConfig.builder()
                                            .locations("filesystem:" + dir)
                                            .build())
                            .migrate())
                    .satisfies((ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.NON_TRANSACTIONAL_MIGRATION_FAILED));
            assertThat(settings(physical)).isEqualTo(lent);
        }
    }
}
