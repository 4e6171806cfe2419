package dev.migrations.boot.autoconfigure;

import dev.migrations.core.Migrator;

/**
 * Replaces what happens at startup with the migrations. Register an implementation as a {@code @Bean} to override
 * the behaviour chosen by {@code migrations.mode} (for example to migrate later, or to also call other tools).
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MigrationsStrategy {

    /** Runs the startup work with {@code migrator}. */
    void migrate(Migrator migrator);
}
