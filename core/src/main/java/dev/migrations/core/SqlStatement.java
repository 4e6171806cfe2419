package dev.migrations.core;

/**
 * One statement of a SQL script, as {@link SqlSplitter} found it.
 *
 * @param sql the statement text exactly as in the file, without surrounding whitespace and comments and without the
 *     terminating semicolon; comments inside it are kept so that server error positions match the file
 * @param line 1-based line in the file where the statement's first significant character is
 * @param nonTransactional whether PostgreSQL refuses to run it inside a transaction block (see
 *     {@link NonTransactionalStatements})
 */
record SqlStatement(String sql, int line, boolean nonTransactional) {}
