package dev.migrations.cli;

import dev.migrations.core.MigrationStatus;
import dev.migrations.core.Migrator;
import dev.migrations.tooling.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What is pending; with {@code --exit-code}, exits 3 when something is (for CI and deploy scripts). */
@Command(name = "status", description = "Print the current version and the pending migrations.")
final class StatusCommand extends DatabaseCommand {

    @Mixin
    JsonOption output;

    @Option(names = "--exit-code", description = "Exit with 3 when migrations are pending")
    boolean exitCode;

    @Override
    int run(Migrator migrator) {
        MigrationStatus status = migrator.info();
        if (output.json) {
            printJson(Reports.json(status));
        } else {
            out().print(Reports.status(status));
        }
        return (exitCode && !status.pending().isEmpty()) ? ExitCode.PENDING : ExitCode.OK;
    }
}
