package dev.migrations.lint;

import java.util.Objects;

/**
 * One entry of the rule catalogue ({@link Rules#catalogue()}): what it finds, why it matters and what to write
 * instead. The docs page of each rule is generated from these fields.
 *
 * @since 0.1.0
 */
public final class Rule {

    private final String id;

    private final Severity severity;

    private final String title;

    private final String why;

    private final String example;

    private final String safe;

    private final Check check;

    Rule(String id, Severity severity, String title, String why, String example, String safe, Check check) {
        this.id = Objects.requireNonNull(id);
        this.severity = Objects.requireNonNull(severity);
        this.title = Objects.requireNonNull(title);
        this.why = Objects.requireNonNull(why);
        this.example = Objects.requireNonNull(example);
        this.safe = Objects.requireNonNull(safe);
        this.check = Objects.requireNonNull(check);
    }

    /** The stable id used in findings, suppressions and configuration, such as {@code index-not-concurrent}. */
    public String id() {
        return id;
    }

    /** The default severity. */
    public Severity severity() {
        return severity;
    }

    /** One line saying what the rule finds. */
    public String title() {
        return title;
    }

    /** One paragraph: what PostgreSQL does and why it hurts a busy database. */
    public String why() {
        return why;
    }

    /**
     * A migration the rule fires on, over the tables of {@link Rules#EXAMPLE_SCHEMA}. A line
     * {@code -- next migration} separates migrations.
     */
    public String example() {
        return example;
    }

    /**
     * The safe alternative as SQL over the tables of {@link Rules#EXAMPLE_SCHEMA}: it passes the linter and runs. A
     * line {@code -- next migration} separates migrations that must be applied (and committed) one after the other.
     */
    public String safe() {
        return safe;
    }

    void check(Context context) {
        check.check(context);
    }

    @Override
    public String toString() {
        return id;
    }

    /** The rule's test over one statement; it calls {@link Context#report} for each problem. */
    @FunctionalInterface
    interface Check {
        void check(Context context);
    }
}
