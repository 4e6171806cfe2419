package dev.migrations.lint;

import org.jspecify.annotations.Nullable;

/**
 * One thing the linter found in one statement.
 *
 * @param rule the rule's id, such as {@code index-not-concurrent}
 * @param severity {@link Severity#ERROR} or {@link Severity#WARNING} (after configured overrides)
 * @param version the migration's version
 * @param file the migration file, as the engine names it
 * @param line the 1-based line of the statement in the file
 * @param message what the statement does and why it matters, naming the table or column
 * @param statement the statement's text
 * @param table the existing table the finding is about, or {@code null} when none is (used to rank by size)
 * @since 0.1.0
 */
public record Finding(
        String rule,
        Severity severity,
        String version,
        String file,
        int line,
        String message,
        String statement,
        @Nullable String table) {

    /** Whether this finding fails a lint run. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
