package dev.migrations.cli;

import dev.migrations.core.MigrationStatus;
import dev.migrations.core.Migrator;
import picocli.CommandLine.Command;

/** Checks, changing nothing, that applied files are unchanged and nothing is pending, failed or out of order. */
@Command(
        name = "validate",
        description = "Check that applied migrations match their files and nothing is pending; change nothing.")
final class ValidateCommand extends DatabaseCommand {

    @Override
    int run(Migrator migrator) {
        MigrationStatus status = migrator.validate();
        out().println("Schema \"" + status.schema() + "\" is valid at version "
                + ((status.currentVersion() != null) ? status.currentVersion() : "<< empty >>") + ": "
                + status.migrations().size() + " migration(s) checked.");
        return ExitCode.OK;
    }
}
