package dev.migrations.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The history table: one row per applied migration (and baseline marker), with the same columns as Flyway's
 * {@code flyway_schema_history}, so a Flyway history can be taken over by pointing {@code table} at it.
 */
final class SchemaHistory {

    private static final String COLUMNS =
            "installed_rank, version, description, type, script, checksum, installed_by, installed_on,"
                    + " execution_time, success";

    /** Descriptions only for rows without a version: a repeatable migration is known by its description. */
    private static final String LEAN_COLUMNS = "installed_rank, version, type, script, checksum, success,"
            + " CASE WHEN version IS NULL THEN description END";

    private final Dialect dialect;

    private final String schema;

    private final String table;

    private final String qualified;

    SchemaHistory(Dialect dialect, String schema, String table) {
        this.dialect = dialect;
        this.schema = schema;
        this.table = table;
        this.qualified = quote(schema) + "." + quote(table);
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    String schema() {
        return schema;
    }

    String table() {
        return table;
    }

    String qualifiedName() {
        return qualified;
    }

    /** The rows in installation order, or {@link HistorySnapshot#absent()} when the table does not exist. */
    HistorySnapshot read(Connection connection) throws SQLException {
        return read(connection, true);
    }

    /**
     * The rows in installation order, or {@link HistorySnapshot#absent()} when the table does not exist. Without
     * {@code full}, only what deciding needs (rank, version, type, script, checksum, success): a start with nothing to
     * do then decodes no descriptions, user names or timestamps.
     */
    HistorySnapshot read(Connection connection, boolean full) throws SQLException {
        String columns = full ? COLUMNS : LEAN_COLUMNS;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT " + columns + " FROM " + qualified)) {
            List<HistoryRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(full ? fullRow(rs, 0) : leanRow(rs, 0));
            }
            return HistorySnapshot.of(inRankOrder(rows));
        } catch (SQLException ex) {
            if (dialect.isUndefinedTable(ex)) {
                return HistorySnapshot.absent();
            }
            throw ex;
        }
    }

    /** The current schema and its history rows, read in one round trip. */
    record Current(String schema, List<HistoryRow> rows) {}

    /**
     * The current schema and the rows of its history table {@code table} in one query, or empty when that query
     * cannot tell (the dialect has none, no table of that name is on the search path, the one found is in another
     * schema, it is empty, or the query failed): then the caller asks for the schema and reads the history as usual,
     * and gets the usual answers and errors.
     */
    static Optional<Current> readCurrent(Connection connection, Dialect dialect, String table, boolean full) {
        String sql = dialect.historyInCurrentSchemaQuery(table, full ? COLUMNS : LEAN_COLUMNS);
        if (sql == null) {
            return Optional.empty();
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            @Nullable String schema = null;
            List<HistoryRow> rows = new ArrayList<>();
            while (rs.next()) {
                if (schema == null) {
                    schema = rs.getString(1); // the same on every row: computed once by the query
                }
                boolean ours = rs.getBoolean(2);
                if (rs.wasNull() || !ours || schema == null) {
                    return Optional.empty(); // empty, or another schema's table
                }
                rows.add(full ? fullRow(rs, 2) : leanRow(rs, 2));
            }
            return (schema != null) ? Optional.of(new Current(schema, inRankOrder(rows))) : Optional.empty();
        } catch (SQLException ex) {
            return Optional.empty(); // no such table on the path (a first start), or one the usual read explains
        }
    }

    /**
     * Sorts rows by installation rank (the primary key, so the order is total). Done here rather than by an ORDER BY:
     * the rows arrive in insertion order almost always, which this sort checks in one pass, while the server would
     * sort them before sending the first.
     */
    private static List<HistoryRow> inRankOrder(List<HistoryRow> rows) {
        rows.sort(Comparator.comparingInt(HistoryRow::rank));
        return rows;
    }

    private static HistoryRow fullRow(ResultSet rs, int offset) throws SQLException {
        int checksum = rs.getInt(offset + 6);
        Integer boxedChecksum = rs.wasNull() ? null : checksum;
        Timestamp installedOn = rs.getTimestamp(offset + 8);
        return new HistoryRow(
                rs.getInt(offset + 1),
                parseVersion(rs.getString(offset + 2)),
                rs.getString(offset + 3),
                rs.getString(offset + 4),
                rs.getString(offset + 5),
                boxedChecksum,
                rs.getString(offset + 7),
                (installedOn != null) ? installedOn.toInstant() : null,
                rs.getInt(offset + 9),
                rs.getBoolean(offset + 10));
    }

    private static HistoryRow leanRow(ResultSet rs, int offset) throws SQLException {
        int checksum = rs.getInt(offset + 5);
        Integer boxedChecksum = rs.wasNull() ? null : checksum;
        return new HistoryRow(
                rs.getInt(offset + 1),
                parseVersion(rs.getString(offset + 2)),
                rs.getString(offset + 7),
                rs.getString(offset + 3),
                rs.getString(offset + 4),
                boxedChecksum,
                null,
                null,
                0,
                rs.getBoolean(offset + 6));
    }

    private static @Nullable Version parseVersion(@Nullable String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Version.parse(version);
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    /** DDL creating the schema (when asked) and the table. */
    List<String> createSql(boolean createSchema) {
        List<String> sql = new ArrayList<>();
        if (createSchema) {
            sql.add("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
        }
        sql.add("CREATE TABLE IF NOT EXISTS " + qualified + " (\n"
                + "    installed_rank INTEGER NOT NULL,\n"
                + "    version VARCHAR(50),\n"
                + "    description VARCHAR(200) NOT NULL,\n"
                + "    type VARCHAR(20) NOT NULL,\n"
                + "    script VARCHAR(1000) NOT NULL,\n"
                + "    checksum INTEGER,\n"
                + "    installed_by VARCHAR(100) NOT NULL,\n"
                + "    installed_on " + dialect.timestampType() + " NOT NULL DEFAULT CURRENT_TIMESTAMP,\n"
                + "    execution_time INTEGER NOT NULL,\n"
                + "    success BOOLEAN NOT NULL,\n"
                + "    CONSTRAINT " + quote(table + "_pk") + " PRIMARY KEY (installed_rank)\n"
                + ")");
        return sql;
    }

    void create(Connection connection, boolean createSchema) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : createSql(createSchema)) {
                statement.execute(sql);
            }
        }
    }

    void insert(Connection connection, HistoryRow row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + qualified
                + " (installed_rank, version, description, type, script, checksum, installed_by, execution_time,"
                + " success) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setInt(1, row.rank());
            statement.setString(2, (row.version() != null) ? row.version().written() : null);
            statement.setString(3, truncate(row.description(), 200));
            statement.setString(4, row.type());
            statement.setString(5, truncate(row.script(), 1000));
            if (row.checksum() != null) {
                statement.setInt(6, row.checksum());
            } else {
                statement.setNull(6, Types.INTEGER);
            }
            statement.setString(7, truncate(row.installedBy(), 100));
            statement.setInt(8, row.executionTime());
            statement.setBoolean(9, row.success());
            statement.executeUpdate();
        }
    }

    /** The INSERT of {@link #insert} as literal SQL, for dry runs. */
    String insertSql(HistoryRow row) {
        return "INSERT INTO " + qualified
                + " (installed_rank, version, description, type, script, checksum, installed_by, execution_time,"
                + " success) VALUES (" + row.rank() + ", "
                + ((row.version() != null) ? literal(row.version().written()) : "NULL") + ", "
                + literal(row.description()) + ", " + literal(row.type()) + ", " + literal(row.script()) + ", "
                + row.checksum() + ", " + literal(row.installedBy()) + ", 0, TRUE)";
    }

    String deleteSql(int rank) {
        return "DELETE FROM " + qualified + " WHERE installed_rank = " + rank;
    }

    void delete(Connection connection, int rank) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("DELETE FROM " + qualified + " WHERE installed_rank = ?")) {
            statement.setInt(1, rank);
            statement.executeUpdate();
        }
    }

    /**
     * Records, in the row of a no-transaction migration that is running, which statement runs now: as a negative
     * {@code execution_time} (-3: statement 3) on a row not yet successful. A run killed there leaves the row, and the
     * next start says where it stopped. Flyway reads such a row as a failed migration, which it is.
     */
    void markRunning(Connection connection, int rank, int statement) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + qualified + " SET execution_time = ? WHERE installed_rank = ?")) {
            update.setInt(1, -statement);
            update.setInt(2, rank);
            update.executeUpdate();
        }
    }

    /** Ends the row of a no-transaction migration: applied, or failed. */
    void finish(Connection connection, int rank, int millis, boolean success) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + qualified + " SET execution_time = ?, success = ? WHERE installed_rank = ?")) {
            update.setInt(1, millis);
            update.setBoolean(2, success);
            update.setInt(3, rank);
            update.executeUpdate();
        }
    }

    int deleteFailed(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate("DELETE FROM " + qualified + " WHERE NOT success");
        }
    }

    void updateChecksum(Connection connection, int rank, @Nullable Integer checksum, String description, String script)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE " + qualified + " SET checksum = ?, description = ?, script = ? WHERE installed_rank = ?")) {
            if (checksum != null) {
                statement.setInt(1, checksum);
            } else {
                statement.setNull(1, Types.INTEGER);
            }
            statement.setString(2, truncate(description, 200));
            statement.setString(3, truncate(script, 1000));
            statement.setInt(4, rank);
            statement.executeUpdate();
        }
    }

    private static @Nullable String truncate(@Nullable String value, int max) {
        return (value != null && value.length() > max) ? value.substring(0, max) : value;
    }

    static String literal(@Nullable String value) {
        return (value == null) ? "NULL" : "'" + value.replace("'", "''") + "'";
    }
}
