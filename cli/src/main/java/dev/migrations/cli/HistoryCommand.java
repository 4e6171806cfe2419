package dev.migrations.cli;

import dev.migrations.core.Migrator;
import dev.migrations.tooling.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code alembic history}: every migration, local or applied, with its state. */
@Command(name = "history", description = "List every migration with its state.")
final class HistoryCommand extends DatabaseCommand {

    @Mixin
    JsonOption output;

    @Option(
            names = {"-v", "--verbose"},
            description = "Add checksum, who applied it, when and how long it took")
    boolean verbose;

    @Override
    int run(Migrator migrator) {
        var status = migrator.info();
        if (output.json) {
            printJson(Reports.json(status));
        } else {
            out().print(Reports.history(status, verbose));
        }
        return ExitCode.OK;
    }
}
