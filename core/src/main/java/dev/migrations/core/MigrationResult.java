package dev.migrations.core;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Result of a run ({@link Migrator#migrate()}, {@link Migrator#downgrade(int)}, {@link Migrator#baseline()},
 * {@link Migrator#repair()}).
 *
 * @param operation what ran
 * @param schema the schema holding the history table
 * @param initialVersion the version before the run, or {@code null} for an empty schema
 * @param finalVersion the version after the run, or {@code null} for an empty schema
 * @param executed the migrations applied or undone, in order
 * @param lockWait how long the run waited for the migration lock
 * @param total how long the whole run took
 * @param messages what the run changed besides executing migrations (repair, baseline), for logs
 * @param applied how many migrations the history records as applied once the run ended, as
 *     {@link MigrationStatus#applied()} counts them
 * @param pending how many migrations wait to be applied once the run ended, as {@link MigrationStatus#toApply()}
 *     counts them (out-of-order ones only when allowed)
 * @since 0.1.0
 */
public record MigrationResult(
        Operation operation,
        String schema,
        @Nullable String initialVersion,
        @Nullable String finalVersion,
        List<ExecutedMigration> executed,
        Duration lockWait,
        Duration total,
        List<String> messages,
        int applied,
        int pending) {

    public MigrationResult {
        executed = List.copyOf(executed);
        messages = List.copyOf(messages);
    }

    /** The operations of {@link Migrator}. */
    public enum Operation {
        MIGRATE,
        DOWNGRADE,
        BASELINE,
        REPAIR
    }
}
