package dev.migrations.cli;

import dev.migrations.core.MigrationStatus;
import dev.migrations.core.Migrator;
import dev.migrations.tooling.Reports;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code alembic current}: the version the schema is at. */
@Command(name = "current", description = "Print the version the schema is at.")
final class CurrentCommand extends DatabaseCommand {

    @Mixin
    JsonOption output;

    @Override
    int run(Migrator migrator) {
        MigrationStatus status = migrator.info();
        if (output.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("schema", status.schema());
            json.put("current", status.currentVersion());
            json.put("pending", status.pending().size());
            printJson(json);
        } else {
            out().println(Reports.current(status));
        }
        return ExitCode.OK;
    }
}
