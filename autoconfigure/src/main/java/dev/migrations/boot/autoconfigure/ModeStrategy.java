package dev.migrations.boot.autoconfigure;

import dev.migrations.core.MigrationResult;
import dev.migrations.core.Migrator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** The startup work that {@code migrations.mode} and {@code migrations.dry-run} select. */
final class ModeStrategy implements MigrationsStrategy {

    private static final Log logger = LogFactory.getLog(ModeStrategy.class);

    private final MigrationsMode mode;

    private final boolean dryRun;

    private final int downgradeSteps;

    ModeStrategy(MigrationsMode mode, boolean dryRun) {
        this(mode, dryRun, 1);
    }

    ModeStrategy(MigrationsMode mode, boolean dryRun, int downgradeSteps) {
        this.mode = mode;
        this.dryRun = dryRun;
        this.downgradeSteps = downgradeSteps;
    }

    @Override
    public void migrate(Migrator migrator) {
        if (this.dryRun && this.mode.migrates()) {
            logger.info("Dry run (migrations.dry-run=true): nothing is migrated; this SQL would run:\n"
                    + migrator.dryRun());
            return;
        }
        String target = migrator.config().target();
        if (this.dryRun && this.mode == MigrationsMode.DOWNGRADE) {
            logger.info("Dry run (migrations.dry-run=true): nothing is undone; this SQL would run:\n"
                    + ((target != null)
                            ? migrator.dryRunDowngradeTo(target)
                            : migrator.dryRunDowngrade(this.downgradeSteps)));
            return;
        }
        switch (this.mode) {
            case MIGRATE -> migrator.migrate();
            case VALIDATE -> migrator.validate();
            case MIGRATE_AND_EXIT -> logExit(migrator.migrate());
            case INFO -> logger.info(migrator.info().describe());
            case DOWNGRADE ->
                logExit((target != null) ? migrator.downgradeTo(target) : migrator.downgrade(this.downgradeSteps));
            case BASELINE -> logExit(migrator.baseline());
            case REPAIR -> logExit(migrator.repair());
            case NONE -> logger.debug("Nothing to run at startup (migrations.mode=none)");
        }
    }

    private void logExit(MigrationResult result) {
        String version = (result.finalVersion() != null) ? result.finalVersion() : "<< empty >>";
        logger.info(operation(result.operation()) + " of schema \"" + result.schema() + "\" finished: "
                + outcome(result) + ", now at version " + version + " ("
                + result.total().toMillis()
                + " ms); the application exits once started (migrations.mode=" + this.mode.propertyValue() + ")");
    }

    private static String operation(MigrationResult.Operation operation) {
        String name = operation.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** What the run did, in words: "1 migration applied", "2 migrations undone", the messages of a repair. */
    static String outcome(MigrationResult result) {
        List<String> parts = new ArrayList<>();
        int count = result.executed().size();
        switch (result.operation()) {
            case MIGRATE -> parts.add(migrations(count) + " applied");
            case DOWNGRADE -> parts.add(migrations(count) + " undone");
            default -> {
                // baseline and repair run no migration: their messages say what they changed
            }
        }
        parts.addAll(result.messages());
        return parts.isEmpty() ? "nothing to change" : String.join("; ", parts);
    }

    private static String migrations(int count) {
        return switch (count) {
            case 0 -> "no migration";
            case 1 -> "1 migration";
            default -> count + " migrations";
        };
    }
}
