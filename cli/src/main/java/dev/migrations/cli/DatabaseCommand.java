package dev.migrations.cli;

import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import dev.migrations.tooling.Json;
import dev.migrations.tooling.Settings;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the commands that talk to the database: resolves the configuration, checks it without connecting, builds a
 * {@link Migrator} and hands it to {@link #run(Migrator)}. Commands only translate: the work is the engine's.
 */
abstract class DatabaseCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    private @Nullable Settings settings;

    @Override
    public Integer call() throws Exception {
        return run(migrator(this::adjust));
    }

    /** Does the command's work; returns the exit code. */
    abstract int run(Migrator migrator) throws Exception;

    /** Lets a command change the configuration (a target, a baseline version, a listener) before the run. */
    MigrationsConfig.Builder adjust(MigrationsConfig.Builder config) {
        return config;
    }

    /** The resolved settings (flags, environment, application files). */
    Settings settings() {
        Settings resolved = settings;
        if (resolved == null) {
            MigrationsCommand root = (MigrationsCommand) spec.root().userObject();
            resolved = connection.settings(root.environment(), root.workingDirectory());
            settings = resolved;
        }
        return resolved;
    }

    /** A migrator for the resolved settings, the configuration adjusted by {@code adjust}. */
    Migrator migrator(UnaryOperator<MigrationsConfig.Builder> adjust) {
        Settings resolved = settings();
        var dataSource = resolved.dataSource(); // checks ${...} and the URL before anything else
        MigrationsConfig config = adjust.apply(resolved.config(CommandLineNames.NAMES).toBuilder())
                .build();
        return Migrator.create(dataSource, config);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Terminal terminal() {
        MigrationsCommand root = (MigrationsCommand) spec.root().userObject();
        return Terminal.detect(root.environment());
    }

    void printJson(Object value) {
        out().println(Json.write(value));
        out().flush();
    }
}
