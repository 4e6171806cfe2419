package dev.migrations.core;

/**
 * One statement of a SQL script, as the engine's splitter found it; tools above core (the linter) read statements
 * through {@link MigrationScripts} so that they see exactly what the engine would run.
 *
 * @param sql the statement text exactly as in the file, without surrounding whitespace and comments and without the
 *     terminating semicolon; comments inside it are kept so that server error positions match the file
 * @param line 1-based line in the file where the statement's first significant character is
 * @param nonTransactional whether PostgreSQL refuses to run it inside a transaction block (see
 *     {@link NonTransactionalStatements})
 * @since 0.1.0
 */
public record SqlStatement(String sql, int line, boolean nonTransactional) {}
