package dev.migrations.cli;

import dev.migrations.core.ErrorCode;
import dev.migrations.core.MigrationException;
import dev.migrations.core.Secrets;
import dev.migrations.core.UnresolvedPlaceholderException;
import dev.migrations.tooling.PlaceholderExplanation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * Entry point of {@code java -jar migrations-cli.jar}. Exit codes: 0 success, 1 a migration or database failure
 * (MIG code, message and action on stderr), 2 a usage or configuration error, 3 pending migrations
 * ({@code status --exit-code}).
 */
public final class Main {

    /**
     * The engine's loggers at INFO. Held here: java.util.logging keeps loggers only weakly, and a logger collected
     * before the engine logs would come back at the root's level, silencing what was applied.
     */
    private static final Logger ENGINE_LOG = Logger.getLogger("dev.migrations");

    private Main() {}

    public static void main(String[] args) {
        logToStderr();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv()));
    }

    /** Runs one command; what it prints goes to {@code out} (data) and {@code err} (progress, problems). */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        Terminal terminal = Terminal.detect(environment);
        CommandLine cli = new CommandLine(new MigrationsCommand(environment, Path.of("")));
        cli.setOut(out);
        cli.setErr(err);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(terminal.ansi()));
        cli.setExecutionExceptionHandler((ex, command, parsed) -> failed(ex, err, terminal));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        CommandLine downgrade = Objects.requireNonNull(cli.getSubcommands().get("downgrade")); // declared above
        downgrade.setUnmatchedOptionsArePositionalParams(true); // Alembic's downgrade -1
        try {
            return cli.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Prints a failure as the engine describes it and chooses the exit code. */
    static int failed(Exception ex, PrintWriter err, Terminal terminal) {
        if (ex instanceof UnresolvedPlaceholderException placeholder) {
            PlaceholderExplanation explanation = PlaceholderExplanation.of(placeholder);
            err.println(terminal.red("error: ") + explanation.description());
            err.println();
            err.println("Action: " + explanation.action());
            return ExitCode.CONFIGURATION;
        }
        if (ex instanceof MigrationException migration) {
            if (migration.connectionFailure() != null) { // the engine's classification, as a heading
                err.println(terminal.red("error: ") + "could not connect to the database ("
                        + migration.connectionFailure().reason() + ")");
            }
            err.println(terminal.red("error: ") + Secrets.maskUrl(migration.getMessage()));
            return (migration.code() == ErrorCode.INVALID_CONFIGURATION) ? ExitCode.CONFIGURATION : ExitCode.FAILED;
        }
        if (ex instanceof CommandLine.ParameterException || ex instanceof IllegalArgumentException) {
            err.println(terminal.red("error: ") + ex.getMessage());
            return ExitCode.CONFIGURATION;
        }
        err.println(terminal.red("error: ") + Secrets.maskUrl(String.valueOf(ex)));
        ex.printStackTrace(err);
        return ExitCode.FAILED;
    }

    /**
     * The engine logs through SLF4J (bound to java.util.logging here): its lines (what was applied, lock waits,
     * warnings) go to stderr as plain sentences, so stdout carries only the command's output.
     */
    private static void logToStderr() {
        Logger root = Logger.getLogger("");
        for (var handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler handler = new ConsoleHandler(); // writes to System.err
        handler.setLevel(Level.ALL);
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                String prefix = (record.getLevel().intValue() >= Level.WARNING.intValue()) ? "warning: " : "";
                String text = prefix + Secrets.maskUrl(formatMessage(record)) + System.lineSeparator();
                if (record.getThrown() != null && Boolean.getBoolean("migrations.debug")) {
                    text += record.getThrown() + System.lineSeparator();
                }
                return text;
            }
        });
        root.addHandler(handler);
        // Hibernate (diff and check --from-entities) logs its banner at INFO: only its warnings pass, like everyone's
        root.setLevel(Level.WARNING);
        ENGINE_LOG.setLevel(Level.INFO);
    }
}
