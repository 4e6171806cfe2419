package dev.migrations.schema;

/**
 * One statement of a generated migration with what it does.
 *
 * @param description what the statement does, for summaries, for example {@code add column public.users.nickname}
 * @param sql the statement, without the trailing semicolon
 * @param destructive whether it may lose data (drops a table, column or sequence, narrows a type, removes enum
 *     values); the file marks it with a comment
 * @since 0.1.0
 */
public record Change(String description, String sql, boolean destructive) {

    static Change of(String description, String sql) {
        return new Change(description, sql, false);
    }

    static Change destructive(String description, String sql) {
        return new Change(description, sql, true);
    }
}
