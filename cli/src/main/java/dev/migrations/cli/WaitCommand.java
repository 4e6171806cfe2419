package dev.migrations.cli;

import dev.migrations.core.DatabaseWait;
import dev.migrations.core.Migrator;
import dev.migrations.tooling.Settings;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dbmate wait}: waits, bounded, until the database answers. */
@Command(name = "wait", description = "Wait until the database answers (bounded by --timeout).")
final class WaitCommand extends DatabaseCommand {

    @Option(
            names = "--timeout",
            defaultValue = "60s",
            paramLabel = "DURATION",
            description = "How long to wait at most (default ${DEFAULT-VALUE}; 500ms, 30s, 2m)")
    @SuppressWarnings("NullAway.Init") // picocli sets it, to its defaultValue when not given, before call()
    String timeout;

    @Override
    public Integer call() {
        Duration limit;
        try {
            limit = Settings.duration(timeout);
        } catch (IllegalArgumentException ex) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "Invalid --timeout '" + timeout + "': " + ex.getMessage());
        }
        Duration waited = DatabaseWait.until(settings().dataSource(), limit);
        out().println("The database answered after " + waited.toMillis() + " ms.");
        return ExitCode.OK;
    }

    @Override
    int run(Migrator migrator) {
        throw new UnsupportedOperationException("wait needs no migrator");
    }
}
