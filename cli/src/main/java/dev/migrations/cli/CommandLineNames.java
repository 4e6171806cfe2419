package dev.migrations.cli;

import dev.migrations.core.Option;
import dev.migrations.core.OptionNames;
import dev.migrations.core.OptionNames.Command;
import dev.migrations.tooling.SurfaceOptionNames;
import java.util.Map;

/**
 * How the engine's messages name options and commands on the command line: the flags of {@link ConnectionOptions},
 * the {@code migrations.*} keys (application files, or the environment) for the rest, and the subcommands.
 */
final class CommandLineNames {

    static final OptionNames NAMES = new SurfaceOptionNames(
            Map.of(
                    Option.URL, "--url",
                    Option.LOCATIONS, "--locations",
                    Option.SCHEMA, "--schema",
                    Option.TABLE, "--table"),
            Map.of(
                    Command.MIGRATE, "migrations upgrade",
                    Command.VALIDATE, "migrations validate",
                    Command.BASELINE, "migrations baseline",
                    Command.REPAIR, "migrations repair"));

    private CommandLineNames() {}
}
