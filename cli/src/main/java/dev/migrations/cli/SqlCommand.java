package dev.migrations.cli;

import dev.migrations.core.Migrator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Alembic's {@code --sql}: the exact SQL an upgrade or downgrade would run, history changes and no-transaction parts
 * included, on stdout only, runnable as is with {@code psql -v ON_ERROR_STOP=1}. Nothing is changed.
 */
@Command(
        name = "sql",
        description = "Print the SQL an upgrade or downgrade would run, without running it.",
        subcommands = {SqlCommand.Upgrade.class, SqlCommand.Downgrade.class})
final class SqlCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: sql upgrade or sql downgrade.");
    }

    @Command(name = "upgrade", description = "SQL of upgrade [TARGET].")
    static final class Upgrade extends DatabaseCommand {

        @Parameters(arity = "0..1", paramLabel = "TARGET", description = "Version to upgrade to (default: head)")
        @Nullable
        String target;

        @Override
        int run(Migrator migrator) {
            out().print((target != null) ? migrator.dryRun(target) : migrator.dryRun());
            out().flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "downgrade", description = "SQL of downgrade [--steps N | --to VERSION].")
    static final class Downgrade extends DatabaseCommand {

        @Option(names = "--steps", paramLabel = "N", description = "How many migrations to undo (default 1)")
        @Nullable
        Integer steps;

        @Option(names = "--to", paramLabel = "VERSION", description = "Undo every migration above VERSION")
        @Nullable
        String to;

        @Parameters(arity = "0..1", paramLabel = "-N|VERSION", description = "Alembic style target")
        @Nullable
        String alembic;

        @Override
        int run(Migrator migrator) {
            DowngradeTarget target = DowngradeTarget.of(steps, to, alembic, spec.commandLine());
            out().print(
                            (target.to() != null)
                                    ? migrator.dryRunDowngradeTo(target.to())
                                    : migrator.dryRunDowngrade(target.steps()));
            out().flush();
            return ExitCode.OK;
        }
    }
}
