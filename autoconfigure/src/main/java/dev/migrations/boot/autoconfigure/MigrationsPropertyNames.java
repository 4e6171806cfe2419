package dev.migrations.boot.autoconfigure;

import dev.migrations.core.Option;
import dev.migrations.core.OptionNames;

/**
 * How the engine's messages name its options and commands to a Spring Boot application: the {@code migrations.*}
 * property of each option ({@code migrations.lock-timeout}) and the {@code migrations.mode} that runs each command.
 * {@link MigrationsAutoConfiguration} installs it on the {@code Migrator} it builds.
 *
 * @since 0.1.0
 */
public final class MigrationsPropertyNames implements OptionNames {

    /** The one instance. */
    public static final MigrationsPropertyNames INSTANCE = new MigrationsPropertyNames();

    private MigrationsPropertyNames() {}

    @Override
    public String option(Option option) {
        return "migrations." + option.kebabName();
    }

    @Override
    public String command(Command command) {
        return switch (command) {
            case MIGRATE -> "run the application with migrations.mode=migrate, or the migrate-and-exit job";
            case VALIDATE -> "starting in validate mode";
            case BASELINE -> "migrations.mode=baseline, or Migrator.baseline()";
            case REPAIR -> "Migrator.repair(), or migrations.mode=repair";
        };
    }
}
