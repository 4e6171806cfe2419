package dev.migrations.boot.actuate;

import dev.migrations.core.ErrorCode;
import dev.migrations.core.ExecutedMigration;
import dev.migrations.core.MigrationException;
import dev.migrations.core.MigrationResult;
import dev.migrations.core.Migrator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/**
 * The {@link MigrationsEndpoint} plus operations that change the database: {@code POST migrations/migrate} (optional
 * {@code target}) and {@code POST migrations/downgrade} ({@code steps} or {@code target}). Registered only when
 * {@code migrations.endpoint.write-operations-enabled} is true.
 * <p>
 * Over HTTP, a request that cannot run answers 400 with the reason, and a run that fails answers with the failure's
 * {@code MIG-xxx} code, summary and action: 400 for a target or step count that does not fit, 409 when the history
 * stops the run (another instance holds the lock, a migration cannot be undone, validation failed), 503 when the
 * database cannot be reached or a timeout ended a statement, 500 when a migration itself failed.
 *
 * @since 0.1.0
 */
public class MigrationsWriteEndpoint extends MigrationsEndpoint {

    /** An endpoint over {@code migrators}, keyed by bean name. */
    public MigrationsWriteEndpoint(Map<String, Migrator> migrators) {
        super(migrators);
    }

    /** An endpoint over {@code migrators}; see {@link MigrationsEndpoint#MigrationsEndpoint(Map, boolean)}. */
    public MigrationsWriteEndpoint(Map<String, Migrator> migrators, boolean pendingIsProblem) {
        super(migrators, pendingIsProblem);
    }

    /**
     * Runs {@code operation} ({@code migrate} or {@code downgrade}) with the Migrator named {@code migrator}, or the
     * only one. Returns a {@link ResultDescriptor}, or over HTTP a {@link WebEndpointResponse} with an
     * {@link ErrorDescriptor} when the request is invalid or the run failed.
     */
    @WriteOperation
    public Object run(
            @Selector String operation, @Nullable String target, @Nullable String steps, @Nullable String migrator) {
        try {
            Migrator selected = select(migrator);
            MigrationResult result = switch (operation) {
                case "migrate" -> {
                    if (steps != null) {
                        throw new BadRequest("migrate takes an optional target, not steps");
                    }
                    yield selected.migrate(target);
                }
                case "downgrade" -> downgrade(selected, target, steps);
                default -> throw new BadRequest("Unknown operation '" + operation + "'; use migrate or downgrade");
            };
            return new ResultDescriptor(result);
        } catch (BadRequest ex) {
            return new WebEndpointResponse<>(
                    ErrorDescriptor.badRequest(ex.reason()), WebEndpointResponse.STATUS_BAD_REQUEST);
        } catch (MigrationException ex) {
            int status = status(ex.code());
            return new WebEndpointResponse<>(ErrorDescriptor.of(status, ex), status);
        }
    }

    /** The HTTP status that fits a failure: whose fault it is, and whether trying again later can help. */
    static int status(ErrorCode code) {
        return switch (code) {
            case UNKNOWN_TARGET, INVALID_CONFIGURATION -> WebEndpointResponse.STATUS_BAD_REQUEST;
            case OUT_OF_ORDER,
                    CHECKSUM_MISMATCH,
                    MISSING_LOCALLY,
                    FAILED_MIGRATION_IN_HISTORY,
                    PENDING_MIGRATIONS,
                    IRREVERSIBLE_MIGRATION,
                    BASELINE_NOT_ALLOWED,
                    LOCK_WAIT_TIMEOUT -> 409;
            case CONNECTION_FAILED, MIGRATION_LOCK_TIMEOUT, STATEMENT_TIMEOUT ->
                WebEndpointResponse.STATUS_SERVICE_UNAVAILABLE;
            default -> WebEndpointResponse.STATUS_INTERNAL_SERVER_ERROR;
        };
    }

    private static MigrationResult downgrade(Migrator migrator, @Nullable String target, @Nullable String steps) {
        if (target != null && steps == null) {
            return migrator.downgradeTo(target);
        }
        if (steps != null && target == null) {
            try {
                return migrator.downgrade(Integer.parseInt(steps.trim()));
            } catch (NumberFormatException ex) {
                throw new BadRequest("steps must be a whole number of migrations to undo, not '" + steps + "'");
            }
        }
        throw new BadRequest("Give either steps (how many migrations to undo) or target (the version to go back"
                + " to, or base) to downgrade, not " + ((target == null) ? "neither" : "both"));
    }

    private Migrator select(@Nullable String name) {
        Map<String, Migrator> migrators = getMigrators();
        if (name != null) {
            Migrator migrator = migrators.get(name);
            if (migrator == null) {
                throw new BadRequest("No Migrator bean named '" + name + "'; known: " + migrators.keySet());
            }
            return migrator;
        }
        if (migrators.size() != 1) {
            throw new BadRequest("Name the migrator, one of " + migrators.keySet());
        }
        return migrators.values().iterator().next();
    }

    /** A request that cannot run as given; answered with 400 and this message. */
    private static final class BadRequest extends RuntimeException {

        private final String reason;

        BadRequest(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }

        String reason() {
            return this.reason;
        }
    }

    /** Why a write operation did not run or failed. */
    public static final class ErrorDescriptor implements OperationResponseBody {

        private final int status;

        private final @Nullable String code;

        private final String message;

        private final @Nullable String details;

        private final @Nullable String action;

        private ErrorDescriptor(
                int status, @Nullable String code, String message, @Nullable String details, @Nullable String action) {
            this.status = status;
            this.code = code;
            this.message = message;
            this.details = details;
            this.action = action;
        }

        static ErrorDescriptor badRequest(String message) {
            return new ErrorDescriptor(WebEndpointResponse.STATUS_BAD_REQUEST, null, message, null, null);
        }

        static ErrorDescriptor of(int status, MigrationException ex) {
            return new ErrorDescriptor(status, ex.code().id(), ex.summary(), ex.description(), ex.action());
        }

        public int getStatus() {
            return this.status;
        }

        /** The failure's stable code, for example {@code MIG-041}; absent for a request that was not valid. */
        public @Nullable String getCode() {
            return this.code;
        }

        /** One sentence: what went wrong. */
        public String getMessage() {
            return this.message;
        }

        /** The whole report: script, line, statement, the database's error, what was rolled back. */
        public @Nullable String getDetails() {
            return this.details;
        }

        /** What to do about it. */
        public @Nullable String getAction() {
            return this.action;
        }
    }

    /** What a write operation did. */
    public static final class ResultDescriptor implements OperationResponseBody {

        private final String operation;

        private final String schema;

        private final @Nullable String initialVersion;

        private final @Nullable String finalVersion;

        private final List<ExecutedDescriptor> executed;

        private final long totalMillis;

        private final List<String> messages;

        private ResultDescriptor(MigrationResult result) {
            this.operation = result.operation().name().toLowerCase(Locale.ROOT);
            this.schema = result.schema();
            this.initialVersion = result.initialVersion();
            this.finalVersion = result.finalVersion();
            this.executed =
                    result.executed().stream().map(ExecutedDescriptor::new).toList();
            this.totalMillis = result.total().toMillis();
            this.messages = result.messages();
        }

        public String getOperation() {
            return this.operation;
        }

        public String getSchema() {
            return this.schema;
        }

        public @Nullable String getInitialVersion() {
            return this.initialVersion;
        }

        public @Nullable String getFinalVersion() {
            return this.finalVersion;
        }

        public List<ExecutedDescriptor> getExecuted() {
            return this.executed;
        }

        public long getTotalMillis() {
            return this.totalMillis;
        }

        public List<String> getMessages() {
            return this.messages;
        }
    }

    /** A migration that a write operation applied or undid. */
    public static final class ExecutedDescriptor {

        private final @Nullable String version;

        private final String description;

        private final String direction;

        private final long durationMillis;

        private ExecutedDescriptor(ExecutedMigration migration) {
            this.version = migration.version();
            this.description = migration.description();
            this.direction = migration.direction().name().toLowerCase(Locale.ROOT);
            this.durationMillis = migration.duration().toMillis();
        }

        public @Nullable String getVersion() {
            return this.version;
        }

        public String getDescription() {
            return this.description;
        }

        public String getDirection() {
            return this.direction;
        }

        public long getDurationMillis() {
            return this.durationMillis;
        }
    }
}
