package dev.migrations.boot.autoconfigure;

import dev.migrations.boot.metrics.MigrationsMetricsListener;
import dev.migrations.core.Migrator;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the migration meters: a {@link MigrationsMetricsListener} that the auto-configured
 * {@link Migrator} reports to: its gauges take the counts of each run's result, and are read from the status once
 * the context has started only when no run reported them.
 *
 * @since 0.1.0
 */
@AutoConfiguration(
        after = MigrationsAutoConfiguration.class,
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass({MeterRegistry.class, Migrator.class})
@ConditionalOnBean({Migrator.class, MeterRegistry.class})
public final class MigrationsMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrationsMetricsListener migrationsMetricsListener(
            ObjectProvider<MeterRegistry> registry, ObjectProvider<Migrator> migrator) {
        return new MigrationsMetricsListener(registry::getIfUnique, () -> {
            Migrator unique = migrator.getIfUnique();
            return (unique != null) ? unique.info() : null;
        });
    }

    @Bean
    SmartInitializingSingleton migrationsMetricsRefresher(MigrationsMetricsListener listener) {
        return listener::initialize;
    }
}
