package dev.migrations.core;

import java.util.List;

/**
 * A read-only view of one versioned SQL migration's upgrade, parsed exactly as the engine runs it: placeholders
 * replaced, split into statements with their file lines. Unlike a run, reading does not reject a statement that
 * cannot run in the migration's transaction mode: tools report that themselves (see {@link SqlStatement#nonTransactional()}).
 *
 * @param version the version from the file name, such as {@code 3} or {@code 1.2}
 * @param description the description from the file name
 * @param location where the file is, as users see it (for example {@code classpath:db/migrations/V3__x.sql})
 * @param content the whole file as written (before placeholder replacement), for tools that read its comments
 * @param transactional whether the upgrade runs inside one transaction (no {@code -- migrate:no-transaction})
 * @param statements the upgrade's statements in order
 * @since 0.1.0
 */
public record MigrationScript(
        String version,
        String description,
        String location,
        String content,
        boolean transactional,
        List<SqlStatement> statements) {

    public MigrationScript {
        statements = List.copyOf(statements);
    }
}
