package dev.migrations.cli;

import dev.migrations.schema.Autogenerate;
import dev.migrations.tooling.Settings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of {@code diff} and {@code check}: the configured database's server hosts the scratch databases (created with
 * random names and always dropped); nothing is changed in the configured database itself.
 */
abstract class AutogenerateCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    DesiredSchemaOptions desired;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        MigrationsCommand root = (MigrationsCommand) spec.root().userObject();
        Settings settings = connection.settings(root.environment(), root.workingDirectory());
        Autogenerate autogenerate = settings.autogenerate(CommandLineNames.NAMES);
        return run(settings, autogenerate);
    }

    abstract int run(Settings settings, Autogenerate autogenerate) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    static Path relative(Settings settings, Path file) {
        try {
            return settings.projectDir().relativize(file);
        } catch (IllegalArgumentException ex) {
            return file;
        }
    }
}
