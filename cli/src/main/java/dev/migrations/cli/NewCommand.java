package dev.migrations.cli;

import dev.migrations.core.NewMigration;
import dev.migrations.tooling.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code alembic revision -m NAME}: creates the next migration file and prints its path. No database needed. */
@Command(name = "new", description = "Create the next migration file V<n>__NAME.sql and print its path.")
final class NewCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "What the migration does, for example add_phone_to_users")
    @SuppressWarnings("NullAway.Init") // a required positional parameter: picocli sets it before call()
    List<String> name;

    @Option(names = "--timestamp", description = "Version it with a UTC timestamp (yyyyMMddHHmmss)")
    boolean timestamp;

    @Override
    public Integer call() {
        MigrationsCommand root = (MigrationsCommand) spec.root().userObject();
        Settings settings = connection.settings(root.environment(), root.workingDirectory());
        List<Path> folders = settings.folders();
        if (folders.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "No file-system location to create the migration in: " + settings.locations());
        }
        Path file = NewMigration.create(folders.get(0), String.join(" ", name), timestamp, Clock.systemUTC());
        Path relative = file;
        try {
            relative = settings.projectDir().relativize(file);
        } catch (IllegalArgumentException ex) {
            // another root: print it absolute
        }
        spec.commandLine().getOut().println(relative);
        return ExitCode.OK;
    }
}
