package dev.migrations.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What differs between the databases the engine serves. PostgreSQL is the reference; H2 serves embedded use (the
 * sample app, users' fast tests).
 */
interface Dialect {

    /** The {@code {vendor}} name used in locations: {@code postgresql}, {@code h2}. */
    String vendor();

    /** Query returning the connection's current schema in its first column. */
    String currentSchemaQuery();

    /**
     * One query that returns the current schema, whether the unqualified {@code table} found on the search path is
     * the one in that schema, and that table's {@code columns}, one row per history row (a row of nulls for an empty
     * table): the current schema and the history in one round trip. Null where the dialect has no such query.
     */
    default @Nullable String historyInCurrentSchemaQuery(String table, String columns) {
        return null;
    }

    /** Whether the SQLState means "the table does not exist". */
    boolean isUndefinedTable(SQLException ex);

    /** Whether the error is a lock timeout (the migration waited too long for a table lock). */
    boolean isLockTimeout(SQLException ex);

    /** Whether the error is a statement timeout. */
    boolean isStatementTimeout(SQLException ex);

    /**
     * Statements (may be empty) that set the lock and statement timeouts for the current transaction, or for the
     * session when {@code transactional} is false.
     */
    String timeoutsSql(Duration lockTimeout, Duration statementTimeout, boolean transactional);

    /** Statement restoring the session's timeouts after a no-transaction migration, or {@code null}. */
    @Nullable
    String resetTimeoutsSql(Duration lockTimeout, Duration statementTimeout);

    /** Tries once to take the migration lock; the connection is in autocommit mode. */
    boolean tryLock(Connection connection, long key) throws SQLException;

    /** Releases the migration lock taken by {@link #tryLock}. */
    void unlock(Connection connection, long key) throws SQLException;

    /**
     * Like {@link #tryLock}, and also names the session {@code applicationName} for other sessions (the lock holder
     * that a waiting instance reports) unless the session already has a name of its own, in the same round trip.
     */
    default NamedLock tryLockNamed(Connection connection, long key, String applicationName) throws SQLException {
        return new NamedLock(tryLock(connection, key), null);
    }

    /** Like {@link #unlock}, and gives the session back the name {@code restore} when it is not {@code null}. */
    default void unlock(Connection connection, long key, @Nullable String restore) throws SQLException {
        unlock(connection, key);
    }

    /** Gives the session back the name {@code restore}, without touching the lock. */
    default void rename(Connection connection, String restore) throws SQLException {}

    /**
     * The outcome of {@link #tryLockNamed}.
     *
     * @param acquired whether the lock was taken
     * @param previousName the session's name before it was renamed, or {@code null} when it kept its name
     */
    record NamedLock(boolean acquired, @Nullable String previousName) {}

    /** Who holds the migration lock, from another session's point of view. */
    LockInfo lockHolder(Connection connection, long key) throws SQLException;

    /**
     * Query listing the names of the tables, views and sequences of the schema given as its parameter, in name order,
     * leaving out objects that belong to an extension, and nothing when the schema holds another history table (it
     * is managed already): what decides whether a schema without this history table is an existing database.
     */
    String tablesQuery();

    /**
     * Query listing the INVALID indexes of the database (schema and name, in order) that no session is building right
     * now: what a failed {@code CREATE INDEX CONCURRENTLY} leaves behind. Null where indexes cannot be INVALID.
     */
    default @Nullable String invalidIndexesQuery() {
        return null;
    }

    /** Type used for the history table's timestamp column. */
    default String timestampType() {
        return "TIMESTAMP";
    }
}
