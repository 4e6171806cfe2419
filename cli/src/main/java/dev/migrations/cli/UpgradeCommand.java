package dev.migrations.cli;

import dev.migrations.core.MigrationResult;
import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import dev.migrations.tooling.Backup;
import dev.migrations.tooling.Reports;
import java.nio.file.Path;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alembic upgrade head}: applies the pending migrations, up to a target when given. */
@Command(
        name = "upgrade",
        aliases = "migrate",
        description = "Apply the pending migrations (all of them, or up to TARGET).")
final class UpgradeCommand extends DatabaseCommand {

    @Parameters(
            arity = "0..1",
            paramLabel = "TARGET",
            description = "Version to upgrade to (default: head, the latest)")
    @Nullable
    String target;

    @Option(
            names = "--backup",
            paramLabel = "DIR",
            description = "First write a pg_dump -Fc backup of the database into DIR (when something is pending);"
                    + " refuse to continue if it cannot be made")
    @Nullable
    Path backup;

    @Override
    MigrationsConfig.Builder adjust(MigrationsConfig.Builder config) {
        return config.listener(new Progress(err()));
    }

    @Override
    int run(Migrator migrator) {
        if (backup != null) {
            Backup.Result dump = Backup.beforeUpgrade(settings(), migrator, backup, Clock.systemUTC());
            err().println(dump.describe());
            err().flush();
        }
        MigrationResult result = (target != null) ? migrator.migrate(target) : migrator.migrate();
        out().print(Reports.result(result));
        return ExitCode.OK;
    }
}
