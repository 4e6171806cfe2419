package dev.migrations.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * H2, for embedded use. H2 has no advisory locks; an embedded database lives in one JVM, so a JVM-wide lock per
 * database and key gives the same exclusion.
 */
final class H2Dialect implements Dialect {

    // The one piece of static state: it must be shared by every Migrator of this JVM to exclude them from each other.
    private static final Map<String, Thread> LOCKS = new ConcurrentHashMap<>();

    private static final Set<Integer> UNDEFINED_TABLE = Set.of(42102, 42103, 42104, 90079);

    @Override
    public String vendor() {
        return "h2";
    }

    @Override
    public String currentSchemaQuery() {
        return "SELECT CURRENT_SCHEMA";
    }

    @Override
    public boolean isUndefinedTable(SQLException ex) {
        return UNDEFINED_TABLE.contains(ex.getErrorCode());
    }

    @Override
    public boolean isLockTimeout(SQLException ex) {
        return ex.getErrorCode() == 50200;
    }

    @Override
    public boolean isStatementTimeout(SQLException ex) {
        return ex.getErrorCode() == 57014;
    }

    @Override
    public String timeoutsSql(Duration lockTimeout, Duration statementTimeout, boolean transactional) {
        return lockTimeout.isZero() ? "" : "SET LOCK_TIMEOUT " + lockTimeout.toMillis();
    }

    @Override
    public @Nullable String resetTimeoutsSql(Duration lockTimeout, Duration statementTimeout) {
        return null;
    }

    @Override
    public boolean tryLock(Connection connection, long key) throws SQLException {
        return LOCKS.putIfAbsent(lockName(connection, key), Thread.currentThread()) == null;
    }

    @Override
    public void unlock(Connection connection, long key) throws SQLException {
        LOCKS.remove(lockName(connection, key));
    }

    @Override
    public LockInfo lockHolder(Connection connection, long key) throws SQLException {
        Thread holder = LOCKS.get(lockName(connection, key));
        return (holder != null) ? new LockInfo(true, 0, "thread " + holder.getName(), null, null) : LockInfo.FREE;
    }

    @Override
    public String tablesQuery() {
        return "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES t WHERE TABLE_SCHEMA = ? AND NOT EXISTS (SELECT 1"
                + " FROM INFORMATION_SCHEMA.COLUMNS k WHERE k.TABLE_SCHEMA = t.TABLE_SCHEMA"
                + " AND UPPER(k.COLUMN_NAME) = 'INSTALLED_RANK') ORDER BY TABLE_NAME";
    }

    private static String lockName(Connection connection, long key) throws SQLException {
        return connection.getMetaData().getURL() + "#" + key;
    }
}
