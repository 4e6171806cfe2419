package dev.migrations.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code migrations} command. Each subcommand is one class registered in {@code subcommands} below; see
 * cli/README.md for how to add one.
 */
@Command(
        name = "migrations",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Versioned PostgreSQL schema migrations, without starting the application.",
        subcommands = {
            NewCommand.class,
            UpgradeCommand.class,
            DowngradeCommand.class,
            CurrentCommand.class,
            HistoryCommand.class,
            StatusCommand.class,
            SqlCommand.class,
            BaselineCommand.class,
            RepairCommand.class,
            ValidateCommand.class,
            LintCommand.class,
            DiffCommand.class,
            CheckCommand.class,
            WaitCommand.class,
        })
final class MigrationsCommand implements Runnable {

    private final Map<String, String> environment;

    private final Path workingDirectory;

    MigrationsCommand(Map<String, String> environment, Path workingDirectory) {
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    Map<String, String> environment() {
        return environment;
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: run migrations --help to list them.");
    }
}
