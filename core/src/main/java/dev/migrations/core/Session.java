package dev.migrations.core;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** One connection to the target database with what the engine learned about it: dialect, schema, user. */
final class Session implements AutoCloseable {

    /** Flyway's {@code flyway:timestamp} format; parsed once, not at every run (formatters are thread-safe). */
    private static final java.time.format.DateTimeFormatter TIMESTAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Connection connection;
    private final boolean autoCommit;
    private final Dialect dialect;
    private final String schema;
    private final String user;
    private final String connectionUser;
    private final String database;
    private final SchemaHistory history;
    private final MigrationLock lock;
    private final OptionNames names;

    /** The history read together with the current schema, kept for the first read that asks for it. */
    private @Nullable HistorySnapshot prefetched;

    private boolean prefetchedFull;

    private Session(Connection connection, MigrationsConfig config, @Nullable Boolean prefetch) throws SQLException {
        this.connection = connection;
        this.names = config.optionNames();
        this.autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
            connection.setAutoCommit(true); // the lock must be taken outside any transaction
        }
        DatabaseMetaData meta = connection.getMetaData();
        this.dialect = dialect(meta.getDatabaseProductName(), meta.getDatabaseMajorVersion(), config.optionNames());
        this.database = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        this.connectionUser = meta.getUserName();
        this.user = (config.installedBy() != null) ? config.installedBy() : connectionUser;
        String configured = config.schema();
        Optional<SchemaHistory.Current> current = (configured == null && prefetch != null)
                ? SchemaHistory.readCurrent(connection, dialect, config.table(), prefetch)
                : Optional.empty();
        if (current.isPresent()) {
            this.schema = current.get().schema();
            this.prefetched = HistorySnapshot.of(current.get().rows());
            this.prefetchedFull = Boolean.TRUE.equals(prefetch);
        } else {
            this.schema = (configured != null) ? configured : currentSchema();
        }
        this.history = new SchemaHistory(dialect, schema, config.table());
        this.lock = new MigrationLock(dialect, schema, config.table());
    }

    static Session open(DataSource dataSource, MigrationsConfig config) {
        return open(dataSource, config, null);
    }

    /**
     * A session whose first {@link #readHistory(boolean)} with {@code prefetch} (null: none) may be answered by the
     * query that also learns the current schema: one round trip instead of two when no schema is configured.
     */
    static Session open(DataSource dataSource, MigrationsConfig config, @Nullable Boolean prefetch) {
        Connection connection = Connections.open(dataSource, config.connectTimeout(), config.optionNames());
        try {
            return new Session(connection, config, prefetch);
        } catch (SQLException | RuntimeException ex) {
            Connections.closeQuietly(connection);
            if (ex instanceof MigrationException me) {
                throw me;
            }
            throw Connections.classify(ex);
        }
    }

    private static Dialect dialect(String product, int majorVersion, OptionNames names) {
        String name = (product != null) ? product.toLowerCase(Locale.ROOT) : "";
        if (name.contains("postgresql")) {
            return new PostgresDialect(majorVersion);
        }
        if (name.equals("h2")) {
            return new H2Dialect();
        }
        throw MigrationException.builder(
                        ErrorCode.INVALID_CONFIGURATION, "The database " + product + " is not supported.")
                .action("Use PostgreSQL (or H2 for embedded use), or point migrations at such a database with "
                        + names.option(Option.URL) + ".")
                .build();
    }

    private String currentSchema() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(dialect.currentSchemaQuery())) {
            String current = rs.next() ? rs.getString(1) : null;
            if (current == null) {
                throw MigrationException.builder(
                                ErrorCode.INVALID_CONFIGURATION,
                                "The connection has no current" + " schema (no schema of its search_path exists).")
                        .action("Set " + names.option(Option.SCHEMA)
                                + ", or create the first schema of the role's search_path.")
                        .build();
            }
            return current;
        }
    }

    Connection connection() {
        return connection;
    }

    Dialect dialect() {
        return dialect;
    }

    String schema() {
        return schema;
    }

    String user() {
        return user;
    }

    String database() {
        return database;
    }

    SchemaHistory history() {
        return history;
    }

    MigrationLock lock() {
        return lock;
    }

    /** Reads the history, which may find that its table does not exist yet. */
    HistorySnapshot readHistory() {
        return readHistory(true);
    }

    /** Reads the history ({@code full}: with descriptions, users and times), or finds its table absent. */
    HistorySnapshot readHistory(boolean full) {
        HistorySnapshot rows = prefetched;
        if (rows != null) {
            prefetched = null; // only the first read: later ones must see what changed since
            if (prefetchedFull == full) {
                return rows;
            }
        }
        try {
            return history.read(connection, full);
        } catch (SQLException ex) {
            if ("42703".equals(ex.getSQLState())) {
                // the name is taken by a table of another tool or an older layout: permissions are not the problem
                throw MigrationException.builder(
                                ErrorCode.HISTORY_TABLE_ERROR,
                                "The table " + history.qualifiedName()
                                        + " exists but is not a migrations history table.")
                        .databaseError(SqlErrors.of(ex))
                        .action("Set " + names.option(Option.TABLE)
                                + " to a name no other table uses (the history table has the"
                                + " columns of Flyway's flyway_schema_history), or rename the other table.")
                        .cause(ex)
                        .build();
            }
            throw historyError("Could not read the history table " + history.qualifiedName() + ".", ex);
        }
    }

    /** Creates the history table (and, when allowed, its schema). */
    void createHistory(boolean createSchema) {
        try {
            history.create(connection, false);
        } catch (SQLException ex) {
            if (!createSchema || !"3F000".equals(ex.getSQLState()) && !dialect.isUndefinedTable(ex)) {
                throw historyError("Could not create the history table " + history.qualifiedName() + ".", ex);
            }
            try {
                history.create(connection, true);
            } catch (SQLException again) {
                throw historyError(
                        "Could not create the schema and history table " + history.qualifiedName() + ".", again);
            }
        }
    }

    /**
     * The tables, views and sequences of the schema, in name order (extension objects left out): a schema without a
     * history table that holds any is an existing database, to be baselined rather than migrated from scratch.
     */
    List<String> schemaObjects() {
        try (PreparedStatement statement = connection.prepareStatement(dialect.tablesQuery())) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                List<String> names = new java.util.ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
                return names;
            }
        } catch (SQLException ex) {
            throw historyError("Could not inspect schema " + schema + ".", ex);
        }
    }

    /**
     * The INVALID indexes of the schema that no session is building now, as quoted qualified names: what a failed
     * {@code CREATE INDEX CONCURRENTLY} leaves behind (none where the dialect has no such indexes).
     */
    List<String> invalidIndexes() {
        try {
            return InvalidIndexes.read(connection, dialect, schema);
        } catch (SQLException ex) {
            throw historyError("Could not look for INVALID indexes in schema " + schema + ".", ex);
        }
    }

    /**
     * The configured placeholders plus the built-in ones: ours ({@code migrations:schema}, {@code :table},
     * {@code :user}) and Flyway's ({@code flyway:defaultSchema}, {@code :user}, {@code :database},
     * {@code :timestamp}, {@code :workingDirectory}, {@code :table}; {@code flyway:filename} is set per file), with
     * Flyway's values, so that a Flyway folder runs unchanged.
     */
    Map<String, String> placeholders(MigrationsConfig config) {
        Map<String, String> values = new HashMap<>(config.placeholders());
        values.putIfAbsent("migrations:schema", schema);
        values.putIfAbsent("migrations:table", config.table());
        values.putIfAbsent("migrations:user", user);
        String flyway = "flyway" + config.placeholderSeparator();
        values.putIfAbsent(flyway + "defaultSchema", schema);
        values.putIfAbsent(flyway + "user", connectionUser);
        String catalog = catalog();
        if (catalog != null) {
            values.putIfAbsent(flyway + "database", catalog);
        }
        values.putIfAbsent(flyway + "timestamp", java.time.LocalDateTime.now().format(TIMESTAMP));
        values.putIfAbsent(flyway + "workingDirectory", System.getProperty("user.dir"));
        values.putIfAbsent(flyway + "table", config.table());
        return values;
    }

    /** The database name (PostgreSQL's driver knows it without a query), or null. */
    private @Nullable String catalog() {
        try {
            return connection.getCatalog();
        } catch (SQLException ex) {
            return null;
        }
    }

    MigrationException historyError(String summary, SQLException ex) {
        return MigrationException.builder(ErrorCode.HISTORY_TABLE_ERROR, summary)
                .databaseError(SqlErrors.of(ex))
                .action("Check that the migration user may use schema " + schema + " (USAGE and CREATE), or set "
                        + names.option(Option.SCHEMA) + " and " + names.option(Option.TABLE)
                        + " to a history table it can write.")
                .cause(ex)
                .build();
    }

    @Override
    public void close() {
        try {
            if (!autoCommit && !connection.isClosed()) {
                connection.setAutoCommit(false);
            }
        } catch (SQLException ex) {
            // the connection is being closed anyway
        }
        Connections.closeQuietly(connection);
    }
}
