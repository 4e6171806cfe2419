package dev.migrations.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** PostgreSQL: session-level advisory lock, {@code lock_timeout} and {@code statement_timeout} settings. */
final class PostgresDialect implements Dialect {

    // pg_locks shows a bigint advisory key as two oids: high and low 32 bits, objsubid 1.
    private static final String HOLDER_QUERY = "SELECT a.pid, a.application_name, host(a.client_addr),"
            + " coalesce(a.query_start, a.backend_start) FROM pg_catalog.pg_locks l"
            + " JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid"
            + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
            + " AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.database = "
            + "(SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())";

    // How often a backend running a migration checks that its client is still there (PostgreSQL 14+), so that a killed
    // migrator's statement stops, its transaction rolls back and the advisory lock frees within about a second instead
    // of when a long statement happens to end.
    private static final String CLIENT_CHECK_INTERVAL = "1000ms";

    private final int majorVersion;

    PostgresDialect(int majorVersion) {
        this.majorVersion = majorVersion;
    }

    @Override
    public String vendor() {
        return "postgresql";
    }

    @Override
    public String currentSchemaQuery() {
        return "SELECT current_schema()";
    }

    @Override
    public String historyInCurrentSchemaQuery(String table, String columns) {
        String quoted = SchemaHistory.quote(table);
        // the unqualified name may find the table in a later schema of the search path: tableoid tells. OFFSET 0 keeps
        // the planner from pulling the subquery up, which would look the table up again for every row; no ORDER BY:
        // the caller sorts by rank, so the server sends the rows as it scans them instead of sorting them first
        return "SELECT s.name, h.tableoid = s.oid, " + columns
                + " FROM (SELECT current_schema() AS name, to_regclass(quote_ident(current_schema()) || '.' || "
                + "quote_ident('" + table.replace("'", "''") + "')) AS oid OFFSET 0) s LEFT JOIN " + quoted
                + " h ON true";
    }

    @Override
    public boolean isUndefinedTable(SQLException ex) {
        return "42P01".equals(ex.getSQLState()) || "3F000".equals(ex.getSQLState());
    }

    @Override
    public boolean isLockTimeout(SQLException ex) {
        return "55P03".equals(ex.getSQLState());
    }

    @Override
    public boolean isStatementTimeout(SQLException ex) {
        return "57014".equals(ex.getSQLState());
    }

    @Override
    public String timeoutsSql(Duration lockTimeout, Duration statementTimeout, boolean transactional) {
        String set = transactional ? "SET LOCAL " : "SET ";
        StringBuilder sql = new StringBuilder();
        if (!lockTimeout.isZero()) {
            sql.append(set)
                    .append("lock_timeout = '")
                    .append(lockTimeout.toMillis())
                    .append("ms'");
        }
        if (!statementTimeout.isZero()) {
            sql.append(sql.isEmpty() ? "" : "; ")
                    .append(set)
                    .append("statement_timeout = '")
                    .append(statementTimeout.toMillis())
                    .append("ms'");
        }
        if (majorVersion >= 14) {
            sql.append(sql.isEmpty() ? "" : "; ")
                    .append(set)
                    .append("client_connection_check_interval = '")
                    .append(CLIENT_CHECK_INTERVAL)
                    .append("'");
        }
        return sql.toString();
    }

    @Override
    public @Nullable String resetTimeoutsSql(Duration lockTimeout, Duration statementTimeout) {
        if (majorVersion >= 14) {
            return "RESET lock_timeout; RESET statement_timeout; RESET client_connection_check_interval";
        }
        if (lockTimeout.isZero() && statementTimeout.isZero()) {
            return null;
        }
        return "RESET lock_timeout; RESET statement_timeout";
    }

    @Override
    public boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** The name pgjdbc gives a session unless told otherwise: not a name worth keeping over the application's. */
    static final String DRIVER_APPLICATION_NAME = "PostgreSQL JDBC Driver";

    @Override
    public NamedLock tryLockNamed(Connection connection, long key, String applicationName) throws SQLException {
        // the old name is read in FROM, before set_config runs in the select list
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?), s.old,"
                + " CASE WHEN s.old IN ('', '" + DRIVER_APPLICATION_NAME + "') THEN"
                + " set_config('application_name', ?, false) END"
                + " FROM (SELECT current_setting('application_name') AS old) s")) {
            statement.setLong(1, key);
            statement.setString(2, applicationName);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                boolean renamed = rs.getString(3) != null;
                return new NamedLock(rs.getBoolean(1), renamed ? rs.getString(2) : null);
            }
        }
    }

    @Override
    public void unlock(Connection connection, long key, @Nullable String restore) throws SQLException {
        if (restore == null) {
            unlock(connection, key);
            return;
        }
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT pg_advisory_unlock(?), set_config('application_name', ?, false)")) {
            statement.setLong(1, key);
            statement.setString(2, restore);
            statement.execute();
        }
    }

    @Override
    public void rename(Connection connection, String restore) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT set_config('application_name', ?, false)")) {
            statement.setString(1, restore);
            statement.execute();
        }
    }

    @Override
    public void unlock(Connection connection, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, key);
            statement.execute();
        }
    }

    @Override
    public LockInfo lockHolder(Connection connection, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(HOLDER_QUERY)) {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xffffffffL);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return LockInfo.FREE;
                }
                Timestamp since = rs.getTimestamp(4);
                return new LockInfo(
                        true,
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        (since != null) ? since.toInstant() : null);
            }
        }
    }

    @Override
    public String tablesQuery() {
        // objects of an extension (PostGIS's spatial_ref_sys in public, say) are not the application's
        return "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')"
                + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass"
                + " AND d.objid = c.oid AND d.deptype = 'e')"
                // a schema that holds another history table (a second module's, or Flyway's) is already managed
                + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_class h JOIN pg_catalog.pg_attribute a"
                + " ON a.attrelid = h.oid WHERE h.relnamespace = n.oid AND h.relkind IN ('r', 'p')"
                + " AND a.attname = 'installed_rank' AND NOT a.attisdropped) ORDER BY c.relname";
    }

    @Override
    public String invalidIndexesQuery() {
        // a partitioned index (relkind I) is INVALID by design until every partition has its index
        return "SELECT n.nspname, c.relname FROM pg_catalog.pg_index i"
                + " JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE NOT i.indisvalid AND c.relkind = 'i'"
                + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'"
                + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_progress_create_index p"
                + " WHERE p.index_relid = i.indexrelid) ORDER BY 1, 2";
    }

    @Override
    public String timestampType() {
        return "TIMESTAMP WITH TIME ZONE";
    }
}
