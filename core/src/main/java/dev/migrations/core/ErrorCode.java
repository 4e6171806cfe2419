package dev.migrations.core;

/**
 * Stable identifiers of every failure the engine reports. The code is part of each message ({@code MIG-xxx}) so
 * that logs, docs and support tickets can name it; codes are never renumbered.
 *
 * @since 0.1.0
 */
public enum ErrorCode {

    /** Two migration files (or Java migrations) declare the same version. */
    DUPLICATE_VERSION("MIG-001"),

    /** A file in a migration location does not follow the naming pattern. */
    INVALID_NAME("MIG-002"),

    /** A location could not be read (missing folder, unsupported prefix, I/O error). */
    INVALID_LOCATION("MIG-003"),

    /** A migration has a {@code -- migrate:down} part and also an undo ({@code U}) file: two downgrades. */
    DOWN_DEFINED_TWICE("MIG-004"),

    /** A migration file is not valid text in the configured encoding. */
    INVALID_ENCODING("MIG-005"),

    /** A pending migration is older than the newest applied one. */
    OUT_OF_ORDER("MIG-010"),

    /** An applied migration's file changed since it was applied. */
    CHECKSUM_MISMATCH("MIG-011"),

    /** An applied migration is no longer found in any location. */
    MISSING_LOCALLY("MIG-012"),

    /** The history table records a failed migration (written by a non-transactional migration). */
    FAILED_MIGRATION_IN_HISTORY("MIG-013"),

    /** Migrations are pending where none may be (validate mode). */
    PENDING_MIGRATIONS("MIG-014"),

    /** A SQL script could not be parsed (unterminated quote, comment or dollar quote). */
    SQL_PARSE_ERROR("MIG-020"),

    /** A psql meta-command such as {@code \connect} appears in a script. */
    PSQL_META_COMMAND("MIG-021"),

    /** A {@code ${name}} placeholder has no value. */
    UNRESOLVED_PLACEHOLDER("MIG-022"),

    /** A statement that cannot run in a transaction appears in a script that does not declare no-transaction. */
    NON_TRANSACTIONAL_STATEMENT("MIG-023"),

    /** A no-transaction script also contains statements that need a transaction to be safe. */
    MIXED_TRANSACTION_MODES("MIG-024"),

    /** A statement of a migration failed; the migration was rolled back. */
    MIGRATION_FAILED("MIG-030"),

    /** A statement of a no-transaction migration failed after earlier statements had committed. */
    NON_TRANSACTIONAL_MIGRATION_FAILED("MIG-031"),

    /** A migration waited longer than the lock timeout for a table lock, retries exhausted. */
    MIGRATION_LOCK_TIMEOUT("MIG-032"),

    /** A statement ran longer than the statement timeout. */
    STATEMENT_TIMEOUT("MIG-033"),

    /** A no-transaction migration left an INVALID index (a failed concurrent build), so it is not recorded as applied. */
    INVALID_INDEX("MIG-034"),

    /** Downgrading is impossible: the migration has no down part. */
    IRREVERSIBLE_MIGRATION("MIG-040"),

    /** The requested target version is not known. */
    UNKNOWN_TARGET("MIG-041"),

    /** Baseline was requested on a schema that already has history. */
    BASELINE_NOT_ALLOWED("MIG-042"),

    /** The schema already holds tables but has no history table: an existing database that needs a baseline. */
    SCHEMA_NOT_EMPTY("MIG-043"),

    /** The history changed while a downgrade waited for the migration lock; nothing was undone. */
    HISTORY_CHANGED("MIG-044"),

    /** Another instance held the migration lock for longer than the lock wait timeout. */
    LOCK_WAIT_TIMEOUT("MIG-050"),

    /** The run was interrupted (the application is shutting down) while it waited for the migration lock. */
    LOCK_WAIT_INTERRUPTED("MIG-051"),

    /** The database could not be reached or refused the connection. */
    CONNECTION_FAILED("MIG-060"),

    /** The history table exists but cannot be read or created. */
    HISTORY_TABLE_ERROR("MIG-061"),

    /** The configuration is invalid. */
    INVALID_CONFIGURATION("MIG-070"),

    /** The migration safety linter found errors in pending migrations and was told to fail. */
    LINT_FAILED("MIG-080"),

    /** The backup asked for before an upgrade could not be made (pg_dump missing, too old, or failed). */
    BACKUP_FAILED("MIG-090");

    private final String id;

    ErrorCode(String id) {
        this.id = id;
    }

    /** The stable identifier, for example {@code MIG-030}. */
    public String id() {
        return id;
    }
}
