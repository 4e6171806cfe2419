package dev.migrations.lint;

/**
 * What the startup check does with the findings on pending migrations ({@code migrations.lint}).
 *
 * @since 0.1.0
 */
public enum LintMode {
    /** No check. */
    OFF,
    /** Log the findings, one block per migration, and migrate anyway. */
    WARN,
    /** Log the findings and, when any is an error, stop before migrating (MIG-080). */
    FAIL
}
