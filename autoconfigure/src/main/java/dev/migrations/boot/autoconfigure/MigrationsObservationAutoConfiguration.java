package dev.migrations.boot.autoconfigure;

import dev.migrations.boot.metrics.MigrationsObservationListener;
import dev.migrations.core.Migrator;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of a Micrometer Observation around each migration, when an {@link ObservationRegistry} bean
 * exists.
 *
 * @since 0.1.0
 */
@AutoConfiguration(
        after = MigrationsAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ObservationRegistry.class, Migrator.class})
@ConditionalOnBean({Migrator.class, ObservationRegistry.class})
public final class MigrationsObservationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrationsObservationListener migrationsObservationListener(ObjectProvider<ObservationRegistry> registry) {
        return new MigrationsObservationListener(() -> registry.getIfUnique(() -> ObservationRegistry.NOOP));
    }
}
