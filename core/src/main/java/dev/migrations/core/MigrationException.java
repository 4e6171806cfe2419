package dev.migrations.core;

import java.util.Objects;

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

    private final String script;

    private final int line;

    private final String statement;

    private final DatabaseError databaseError;

    private final String rolledBack;

    private final String action;

    private final ConnectionFailure connectionFailure;

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
    MigrationException masked(java.util.function.UnaryOperator<String> mask, Throwable cause) {
        Builder copy = builder(code, mask.apply(summary))
                .script(script)
                .line(line)
                .statement(mask.apply(statement))
                .rolledBack(mask.apply(rolledBack))
                .action(mask.apply(action))
                .connectionFailure(connectionFailure)
                .cause(cause);
        if (databaseError != null) {
            copy.databaseError(new DatabaseError(
                    databaseError.sqlState(),
                    mask.apply(databaseError.message()),
                    mask.apply(databaseError.detail()),
                    mask.apply(databaseError.hint()),
                    databaseError.position()));
        }
        MigrationException masked = copy.build();
        masked.setStackTrace(getStackTrace());
        return masked;
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
    public String script() {
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
    public String statement() {
        return statement;
    }

    /** The database's own error, or {@code null} when the failure did not come from the database. */
    public DatabaseError databaseError() {
        return databaseError;
    }

    /** What was undone because of the failure (or what was not), or {@code null}. */
    public String rolledBack() {
        return rolledBack;
    }

    /** What to do about it. */
    public String action() {
        return action;
    }

    /**
     * Why the connection could not be opened, for a {@link ErrorCode#CONNECTION_FAILED} failure; {@code null} for
     * any other.
     */
    public ConnectionFailure connectionFailure() {
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
    public record DatabaseError(String sqlState, String message, String detail, String hint, int position) {

        public DatabaseError {
            Objects.requireNonNull(message, "message");
        }
    }

    /** Builder for {@link MigrationException}. */
    public static final class Builder {

        private final ErrorCode code;

        private final String summary;

        private String script;

        private int line;

        private String statement;

        private DatabaseError databaseError;

        private String rolledBack;

        private String action;

        private Throwable cause;

        private ConnectionFailure connectionFailure;

        private Builder(ErrorCode code, String summary) {
            this.code = Objects.requireNonNull(code, "code");
            this.summary = Objects.requireNonNull(summary, "summary");
        }

        public Builder script(String script) {
            this.script = script;
            return this;
        }

        public Builder line(int line) {
            this.line = line;
            return this;
        }

        public Builder statement(String statement) {
            this.statement = statement;
            return this;
        }

        public Builder databaseError(DatabaseError databaseError) {
            this.databaseError = databaseError;
            return this;
        }

        public Builder rolledBack(String rolledBack) {
            this.rolledBack = rolledBack;
            return this;
        }

        public Builder action(String action) {
            this.action = action;
            return this;
        }

        /** Why the connection failed; see {@link MigrationException#connectionFailure()}. */
        public Builder connectionFailure(ConnectionFailure connectionFailure) {
            this.connectionFailure = connectionFailure;
            return this;
        }

        public Builder cause(Throwable cause) {
            this.cause = cause;
            return this;
        }

        public MigrationException build() {
            return new MigrationException(this);
        }
    }
}
