package dev.migrations.cli;

import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import dev.migrations.tooling.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code alembic stamp}: records the schema as being at VERSION without running anything. */
@Command(
        name = "baseline",
        aliases = "stamp",
        description = "Record an existing schema as being at VERSION, running nothing.")
final class BaselineCommand extends DatabaseCommand {

    @Parameters(paramLabel = "VERSION", description = "The version the schema is already at")
    @SuppressWarnings("NullAway.Init") // a required positional parameter: picocli sets it before call()
    String version;

    @Override
    MigrationsConfig.Builder adjust(MigrationsConfig.Builder config) {
        return config.baselineVersion(version);
    }

    @Override
    int run(Migrator migrator) {
        out().print(Reports.result(migrator.baseline()));
        return ExitCode.OK;
    }
}
