package dev.migrations.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every failure the engine reports. Besides its {@link ErrorCode} it carries, where they exist, the script and line,
 * an excerpt of the statement, the database's own error ({@link DatabaseError}), what was rolled back and an action
 * sentence that says how to fix it. {@link #getMessage()} renders all of them, so a log line alone explains the
 * failure.
 *
 * @since 0.1.0
 */
public class MigrationException extends RuntimeException {

    private static final int EXCERPT_CHARS = 300;

    private final ErrorCode code;

    private final String summary;

    private final @Nullable String script;

    private final int line;

    private final @Nullable String statement;

    private final @Nullable DatabaseError databaseError;

    private final @Nullable String rolledBack;

    private final @Nullable String action;

    private final @Nullable ConnectionFailure connectionFailure;

    private MigrationException(Builder builder) {
        super(builder.summary, builder.cause);
        this.code = builder.code;
        this.summary = builder.summary;
        this.script = builder.script;
        this.line = builder.line;
        this.statement = builder.statement;
        this.databaseError = builder.databaseError;
        this.rolledBack = builder.rolledBack;
        this.action = builder.action;
        this.connectionFailure = builder.connectionFailure;
    }

    /**
     * A copy with {@code mask} applied to every text that may quote SQL or the database (summary, statement, the
     * database's error, what was rolled back, the action) and {@code cause} as its cause: how secret placeholder
     * values are kept out of reports.
     */
    MigrationException masked(java.util.function.UnaryOperator<String> mask, @Nullable Throwable cause) {
        Builder copy = builder(code, mask.apply(summary))
                .script(script)
                .line(line)
                .statement(maskNullable(mask, statement))
                .rolledBack(maskNullable(mask, rolledBack))
                .action(maskNullable(mask, action))
                .connectionFailure(connectionFailure)
                .cause(cause);
        DatabaseError error = databaseError;
        if (error != null) {
            copy.databaseError(new DatabaseError(
                    error.sqlState(),
                    mask.apply(error.message()),
                    maskNullable(mask, error.detail()),
                    maskNullable(mask, error.hint()),
                    error.position()));
        }
        MigrationException masked = copy.build();
        masked.setStackTrace(getStackTrace());
        return masked;
    }

    private static @Nullable String maskNullable(java.util.function.UnaryOperator<String> mask, @Nullable String text) {
        return (text != null) ? mask.apply(text) : null;
    }

    /** Starts an exception with its code and a one-sentence summary of what went wrong. */
    public static Builder builder(ErrorCode code, String summary) {
        return new Builder(code, summary);
    }

    public ErrorCode code() {
        return code;
    }

    /** One sentence: what went wrong. */
    public String summary() {
        return summary;
    }

    /** The script (file name or Java class) concerned, or {@code null}. */
    public @Nullable String script() {
        return script;
    }

    /**
     * 1-based line in {@link #script()} of the failure: the line of the database's error position when it gives one,
     * else where the failing statement starts; 0 when not applicable.
     */
    public int line() {
        return line;
    }

    /** The failing statement (full text), or {@code null}. */
    public @Nullable String statement() {
        return statement;
    }

    /** The database's own error, or {@code null} when the failure did not come from the database. */
    public @Nullable DatabaseError databaseError() {
        return databaseError;
    }

    /** What was undone because of the failure (or what was not), or {@code null}. */
    public @Nullable String rolledBack() {
        return rolledBack;
    }

    /** What to do about it. */
    public @Nullable String action() {
        return action;
    }

    /**
     * Why the connection could not be opened, for a {@link ErrorCode#CONNECTION_FAILED} failure; {@code null} for
     * any other.
     */
    public @Nullable ConnectionFailure connectionFailure() {
        return connectionFailure;
    }

    /** Just the description part (no action), as a failure analyzer shows it. */
    public String description() {
        StringBuilder text = new StringBuilder(code.id()).append(' ').append(summary);
        if (script != null) {
            text.append("\n  Script:      ").append(script);
            if (line > 0) {
                text.append(", line ").append(line);
            }
        }
        if (statement != null) {
            text.append("\n  Statement:   ").append(excerpt(statement));
        }
        DatabaseError databaseError = this.databaseError;
        if (databaseError != null) {
            text.append("\n  Database:    ").append(databaseError.message());
            if (databaseError.sqlState() != null) {
                text.append(" (SQLState ").append(databaseError.sqlState()).append(')');
            }
            if (databaseError.detail() != null) {
                text.append("\n  Detail:      ").append(databaseError.detail());
            }
            if (databaseError.hint() != null) {
                text.append("\n  Hint:        ").append(databaseError.hint());
            }
            if (databaseError.position() > 0) {
                text.append("\n  Position:    character ")
                        .append(databaseError.position())
                        .append(" of the statement");
            }
        }
        if (rolledBack != null) {
            text.append("\n  Rolled back: ").append(rolledBack);
        }
        return text.toString();
    }

    @Override
    public String getMessage() {
        return (action != null) ? description() + "\n  Action:      " + action : description();
    }

    static String excerpt(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return (flat.length() <= EXCERPT_CHARS) ? flat : flat.substring(0, EXCERPT_CHARS) + " ...";
    }

    /**
     * The database's own account of an error.
     *
     * @param sqlState the SQLState, or {@code null}
     * @param message the server's primary message
     * @param detail the server's DETAIL, or {@code null}
     * @param hint the server's HINT, or {@code null}
     * @param position 1-based character position in the statement, or 0
     */
    public record DatabaseError(
            @Nullable String sqlState,
            String message,
            @Nullable String detail,
            @Nullable String hint,
            int position) {

        public DatabaseError {
            Objects.requireNonNull(message, "message");
        }
    }

    /** Builder for {@link MigrationException}. */
    public static final class Builder {

        private final ErrorCode code;

        private final String summary;

        private @Nullable String script;

        private int line;

        private @Nullable String statement;

        private @Nullable DatabaseError databaseError;

        private @Nullable String rolledBack;

        private @Nullable String action;

        private @Nullable Throwable cause;

        private @Nullable ConnectionFailure connectionFailure;

        private Builder(ErrorCode code, String summary) {
            this.code = Objects.requireNonNull(code, "code");
            this.summary = Objects.requireNonNull(summary, "summary");
        }

        public Builder script(@Nullable String script) {
            this.script = script;
            return this;
        }

        public Builder line(int line) {
            this.line = line;
            return this;
        }

        public Builder statement(@Nullable String statement) {
            this.statement = statement;
            return this;
        }

        public Builder databaseError(@Nullable DatabaseError databaseError) {
            this.databaseError = databaseError;
            return this;
        }

        public Builder rolledBack(@Nullable String rolledBack) {
            this.rolledBack = rolledBack;
            return this;
        }

        public Builder action(@Nullable String action) {
            this.action = action;
            return this;
        }

        /** Why the connection failed; see {@link MigrationException#connectionFailure()}. */
        public Builder connectionFailure(@Nullable ConnectionFailure connectionFailure) {
            this.connectionFailure = connectionFailure;
            return this;
        }

        public Builder cause(@Nullable Throwable cause) {
            this.cause = cause;
            return this;
        }

        public MigrationException build() {
            return new MigrationException(this);
        }
    }
}
