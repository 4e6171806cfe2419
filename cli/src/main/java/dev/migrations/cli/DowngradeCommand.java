package dev.migrations.cli;

import dev.migrations.core.MigrationResult;
import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import dev.migrations.tooling.Reports;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code alembic downgrade}: undoes the newest migration, {@code --steps N} of them, or every one above
 * {@code --to VERSION|base}. Alembic's {@code downgrade -1} and {@code downgrade VERSION} work too.
 */
@Command(
        name = "downgrade",
        description = "Undo migrations, newest first: one by default, --steps N, or down to --to VERSION|base.")
final class DowngradeCommand extends DatabaseCommand {

    @Option(names = "--steps", paramLabel = "N", description = "How many migrations to undo")
    @Nullable
    Integer steps;

    @Option(names = "--to", paramLabel = "VERSION", description = "Undo every migration above VERSION ('base': all)")
    @Nullable
    String to;

    @Parameters(
            arity = "0..1",
            paramLabel = "-N|VERSION",
            description = "Alembic style: -1 undoes one, a version or 'base' is a target")
    @Nullable
    String alembic;

    @Override
    MigrationsConfig.Builder adjust(MigrationsConfig.Builder config) {
        return config.listener(new Progress(err()));
    }

    @Override
    int run(Migrator migrator) {
        DowngradeTarget target = DowngradeTarget.of(steps, to, alembic, spec.commandLine());
        MigrationResult result =
                (target.to() != null) ? migrator.downgradeTo(target.to()) : migrator.downgrade(target.steps());
        out().print(Reports.result(result));
        return ExitCode.OK;
    }
}
