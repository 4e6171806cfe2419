package dev.migrations.test;

import dev.migrations.core.Direction;
import dev.migrations.core.MigrationException;
import dev.migrations.core.MigrationInfo;
import org.jspecify.annotations.Nullable;

/**
 * A check of the test kit failed. The message is one block that names the check, the migration (version and file),
 * the direction, the statement, the database's error or the schema difference, and what to do, like the engine's own
 * errors.
 *
 * @since 0.1.0
 */
public final class MigrationAssertionError extends AssertionError {

    private final String check;

    private final @Nullable MigrationInfo migration;

    private final @Nullable Direction direction;

    private final @Nullable String difference;

    private MigrationAssertionError(Builder builder) {
        super(builder.render(), builder.cause);
        this.check = builder.check;
        this.migration = builder.migration;
        this.direction = builder.direction;
        this.difference = builder.difference;
    }

    static Builder builder(String check, String summary) {
        return new Builder(check, summary);
    }

    /** The check that failed: {@code lineage}, {@code upgrade}, {@code stairway}, {@code no trace}, ... */
    public String check() {
        return check;
    }

    /** The migration concerned, or {@code null} when the failure concerns no single migration. */
    public @Nullable MigrationInfo migration() {
        return migration;
    }

    /** The direction that failed, or {@code null}. */
    public @Nullable Direction direction() {
        return direction;
    }

    /** The schema difference, one line per object, or {@code null}. */
    public @Nullable String difference() {
        return difference;
    }

    /** The engine's error behind this failure, or {@code null}. */
    public @Nullable MigrationException migrationException() {
        return (getCause() instanceof MigrationException ex) ? ex : null;
    }

    static final class Builder {

        private final String check;

        private final String summary;

        private @Nullable MigrationInfo migration;

        private @Nullable Direction direction;

        private @Nullable String statement;

        private @Nullable String difference;

        private @Nullable String findings;

        private @Nullable String action;

        private @Nullable String rollback;

        private @Nullable Throwable cause;

        private Builder(String check, String summary) {
            this.check = check;
            this.summary = summary;
        }

        Builder migration(@Nullable MigrationInfo migration) {
            this.migration = migration;
            return this;
        }

        Builder direction(Direction direction) {
            this.direction = direction;
            return this;
        }

        Builder statement(@Nullable String statement) {
            this.statement = statement;
            return this;
        }

        Builder difference(String difference) {
            this.difference = difference;
            return this;
        }

        Builder findings(String findings) {
            this.findings = findings;
            return this;
        }

        Builder action(String action) {
            this.action = action;
            return this;
        }

        /** The failures of the full rollback that went on past the first one, shown after the error. */
        Builder rollback(String rollback) {
            this.rollback = rollback;
            return this;
        }

        Builder cause(@Nullable Throwable cause) {
            this.cause = cause;
            return this;
        }

        MigrationAssertionError build() {
            return new MigrationAssertionError(this);
        }

        private String render() {
            StringBuilder text = new StringBuilder("Migrations ")
                    .append(check)
                    .append(" failed: ")
                    .append(summary);
            if (migration != null) {
                text.append("\n  Migration:   V")
                        .append(migration.version())
                        .append(' ')
                        .append(migration.description())
                        .append(" (")
                        .append(migration.script())
                        .append(')');
            }
            if (direction != null) {
                text.append("\n  Direction:   ").append((direction == Direction.UP) ? "up (apply)" : "down (undo)");
            }
            if (statement != null) {
                text.append("\n  Statement:   ").append(indent(statement.strip()));
            }
            if (difference != null) {
                text.append("\n  Difference:  ").append(indent(difference.strip()));
            }
            if (findings != null) {
                text.append("\n  Findings:    ").append(indent(findings.strip()));
            }
            if (cause instanceof MigrationException ex) {
                text.append("\n  Error:       ").append(indent(ex.getMessage()));
            } else if (cause != null) {
                text.append("\n  Error:       ").append(indent(String.valueOf(cause.getMessage())));
            }
            if (rollback != null) {
                text.append("\n  Rollback:    ").append(indent(rollback.strip()));
            }
            if (action != null) {
                text.append("\n  Action:      ").append(action);
            }
            return text.toString();
        }

        private static String indent(String text) {
            return text.replace("\n", "\n               ");
        }
    }
}
