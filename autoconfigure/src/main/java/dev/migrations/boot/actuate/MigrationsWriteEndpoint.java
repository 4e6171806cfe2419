package dev.migrations.boot.actuate;

import dev.migrations.core.ExecutedMigration;
import dev.migrations.core.MigrationResult;
import dev.migrations.core.Migrator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The {@link MigrationsEndpoint} plus operations that change the database: {@code POST migrations/migrate} (optional
 * {@code target}) and {@code POST migrations/downgrade} ({@code steps} or {@code target}). Registered only when
 * {@code migrations.endpoint.write-operations-enabled} is true.
 *
 * @since 0.1.0
 */
public class MigrationsWriteEndpoint extends MigrationsEndpoint {

    /** An endpoint over {@code migrators}, keyed by bean name. */
    public MigrationsWriteEndpoint(Map<String, Migrator> migrators) {
        super(migrators);
    }

    /**
     * Runs {@code operation} ({@code migrate} or {@code downgrade}) with the Migrator named {@code migrator}, or the
     * only one.
     */
    @WriteOperation
    public ResultDescriptor run(
            @Selector String operation, @Nullable String target, @Nullable Integer steps, @Nullable String migrator) {
        Migrator selected = select(migrator);
        MigrationResult result = switch (operation) {
            case "migrate" -> selected.migrate(target);
            case "downgrade" -> downgrade(selected, target, steps);
            default ->
                throw new InvalidEndpointRequestException(
                        "Unknown operation '" + operation + "'; use migrate or downgrade", "Unknown operation");
        };
        return new ResultDescriptor(result);
    }

    private static MigrationResult downgrade(Migrator migrator, @Nullable String target, @Nullable Integer steps) {
        if ((target == null) == (steps == null)) {
            throw new InvalidEndpointRequestException(
                    "Give either steps or target to downgrade", "Give either steps or target");
        }
        return (steps != null) ? migrator.downgrade(steps) : migrator.downgradeTo(target);
    }

    private Migrator select(@Nullable String name) {
        Map<String, Migrator> migrators = getMigrators();
        if (name != null) {
            Migrator migrator = migrators.get(name);
            if (migrator == null) {
                throw new InvalidEndpointRequestException(
                        "No Migrator bean named '" + name + "'; known: " + migrators.keySet(), "Unknown migrator");
            }
            return migrator;
        }
        if (migrators.size() != 1) {
            throw new InvalidEndpointRequestException(
                    "Name the migrator, one of " + migrators.keySet(), "Several migrators");
        }
        return migrators.values().iterator().next();
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

        private final String version;

        private final String description;

        private final String direction;

        private final long durationMillis;

        private ExecutedDescriptor(ExecutedMigration migration) {
            this.version = migration.version();
            this.description = migration.description();
            this.direction = migration.direction().name().toLowerCase(Locale.ROOT);
            this.durationMillis = migration.duration().toMillis();
        }

        public String getVersion() {
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
