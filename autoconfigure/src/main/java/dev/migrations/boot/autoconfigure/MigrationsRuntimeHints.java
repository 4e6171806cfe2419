package dev.migrations.boot.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Keeps the migration files of the default location, {@code classpath:db/migrations} and its vendor folders, in an
 * ahead-of-time processed or native application, where resources are only present when a hint names them.
 */
final class MigrationsRuntimeHints implements RuntimeHintsRegistrar {

    @Override
    public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
        hints.resources().registerPattern("db/migrations/**");
    }
}
