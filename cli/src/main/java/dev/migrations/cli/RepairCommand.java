package dev.migrations.cli;

import dev.migrations.core.Migrator;
import dev.migrations.tooling.Reports;
import picocli.CommandLine.Command;

/** Removes failed rows from the history and records the checksums of changed files. */
@Command(name = "repair", description = "Remove failed history rows and record changed checksums.")
final class RepairCommand extends DatabaseCommand {

    @Override
    int run(Migrator migrator) {
        out().print(Reports.result(migrator.repair()));
        return ExitCode.OK;
    }
}
