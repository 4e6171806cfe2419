package dev.migrations.boot.autoconfigure;

import dev.migrations.core.MigrationResult;
import dev.migrations.core.Migrator;
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
        logger.info(result.operation() + " of schema \"" + result.schema() + "\" finished: "
                + result.executed().size() + " migration(s) "
                + ((result.operation() == MigrationResult.Operation.DOWNGRADE) ? "undone, " : "applied, ")
                + result.messages().size() + " change(s) made, now at version " + version + " ("
                + result.total().toMillis() + " ms); the application exits once started (migrations.mode="
                + this.mode.propertyValue() + ")");
    }
}
