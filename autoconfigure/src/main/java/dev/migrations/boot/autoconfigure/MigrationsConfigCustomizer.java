package dev.migrations.boot.autoconfigure;

import dev.migrations.core.MigrationsConfig;

/**
 * Callback that customizes the engine configuration after the {@code migrations.*} properties were applied. Beans of
 * this type are applied in {@link org.springframework.core.annotation.Order @Order}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface MigrationsConfigCustomizer {

    /** Customizes {@code builder}, which already holds the values of the properties. */
    void customize(MigrationsConfig.Builder builder);
}
