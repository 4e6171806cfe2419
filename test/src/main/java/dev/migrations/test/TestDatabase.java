package dev.migrations.test;

import dev.migrations.core.MigrationInfo;
import dev.migrations.core.Migrator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A scratch database of its own for one test, to test a data migration with data: migrate to a version, insert rows,
 * migrate on, assert.
 *
 * <pre>
 * db.migrateTo("3")
 *   .sql("INSERT INTO users (email) VALUES (?)", "ada@example.com")
 *   .migrateUp();
 * assertThat(db.query("SELECT display_name FROM users")).containsExactly(Map.of("display_name", "ada"));
 * </pre>
 *
 * The database is created on first use; when that use is {@link #migrateTo(String)}, it starts as a copy of a cached
 * template at that version, so it costs milliseconds whatever the number of migrations. It is dropped by
 * {@link #close()} (the JUnit extension closes it after the test).
 *
 * @since 0.1.0
 */
public final class TestDatabase implements AutoCloseable {

    private final MigrationsKit kit;

    private @Nullable String name;

    TestDatabase(MigrationsKit kit) {
        this.kit = kit;
    }

    /**
     * Migrates up to {@code version} (every migration up to and including it). A database not used yet starts as a
     * copy of the cached template at that version.
     */
    public TestDatabase migrateTo(String version) {
        int count = kit.count(version);
        if (name == null) {
            name = kit.cloneAt(count);
        } else {
            migrator().migrate(kit.migrations().get(count - 1).version());
        }
        return this;
    }

    /** Applies every pending migration. */
    public TestDatabase migrateToHead() {
        return migrateTo(Versions.of(kit.migrations().get(kit.migrations().size() - 1)));
    }

    /** Applies the next pending migration, one step (Alembic's {@code upgrade +1}). */
    public TestDatabase migrateUp() {
        int applied = appliedCount();
        if (applied >= kit.migrations().size()) {
            throw new IllegalStateException("Cannot migrate up: " + name() + " is already at the newest version "
                    + kit.migrations().get(applied - 1).version() + ".");
        }
        migrator().migrate(kit.migrations().get(applied).version());
        return this;
    }

    /** Undoes the newest applied migration (Alembic's {@code downgrade -1}). */
    public TestDatabase migrateDown() {
        migrator().downgrade(1);
        return this;
    }

    /** Undoes every migration above {@code version} ({@code "base"} for all of them). */
    public TestDatabase downgradeTo(String version) {
        migrator().downgradeTo(version);
        return this;
    }

    /** The newest applied version, or {@code null} when nothing is applied. */
    public @Nullable String currentVersion() {
        return (name == null) ? null : migrator().info().currentVersion();
    }

    /** Runs one SQL statement with {@code ?} parameters (inserts, updates, DDL), in its own transaction. */
    public TestDatabase sql(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.execute();
        } catch (SQLException ex) {
            throw failed(sql, ex);
        }
        return this;
    }

    /** Runs a query with {@code ?} parameters; each row is a map from column label to value, in column order. */
    public List<Map<String, Object>> query(String sql, Object... parameters) {
        try (Connection connection = dataSource().getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            ResultSetMetaData meta = rows.getMetaData();
            List<Map<String, Object>> result = new ArrayList<>();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rows.getObject(i));
                }
                result.add(row);
            }
            return result;
        } catch (SQLException ex) {
            throw failed(sql, ex);
        }
    }

    /** The single value of a query that returns one row of one column (or {@code null} when it returns no row). */
    public @Nullable Object queryValue(String sql, @Nullable Object... parameters) {
        List<Map<String, Object>> rows = query(sql, parameters);
        if (rows.size() > 1 || (!rows.isEmpty() && rows.get(0).size() != 1)) {
            throw new IllegalStateException(
                    "Expected at most one row of one column from: " + sql + "\nbut got: " + rows);
        }
        return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
    }

    /** A non-pooling data source for this database, for code under test (a repository, a JdbcTemplate). */
    public DataSource dataSource() {
        return kit.server().dataSource(name());
    }

    /** The JDBC URL of this database (credentials are those the kit was given). */
    public String jdbcUrl() {
        return kit.server().url(name());
    }

    /** The database name; the database is created now if it does not exist yet. */
    public String name() {
        if (name == null) {
            name = kit.cloneAt(0);
        }
        return name;
    }

    /** A migrator for this database with the kit's configuration. */
    public Migrator migrator() {
        return Migrator.create(dataSource(), kit.config());
    }

    /** Drops the database. */
    @Override
    public void close() {
        if (name != null) {
            kit.release(name);
            name = null;
        }
    }

    private int appliedCount() {
        String current = currentVersion();
        return (current == null) ? 0 : Versions.countUpTo(kit.migrations(), current);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private IllegalStateException failed(String sql, SQLException ex) {
        return new IllegalStateException(
                "SQL failed on test database " + name + " (version " + safeVersion() + "): " + ex.getMessage()
                        + "\n  Statement: " + sql,
                ex);
    }

    private String safeVersion() {
        try {
            String version = currentVersion();
            return (version != null) ? version : "<< empty >>";
        } catch (RuntimeException ex) {
            return "unknown";
        }
    }

    @Override
    public String toString() {
        return "TestDatabase " + name + " (" + migrationsSummary() + ")";
    }

    private String migrationsSummary() {
        List<MigrationInfo> migrations = kit.migrations();
        return migrations.size() + " migrations";
    }
}
