package dev.migrations.boot.autoconfigure;

import dev.migrations.boot.health.MigrationsHealthEndpointGroupsPostProcessor;
import dev.migrations.boot.health.MigrationsHealthIndicator;
import dev.migrations.boot.health.SchemaChanges;
import dev.migrations.core.Migrator;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the {@code migrations} health indicator. Pending migrations make the schema not ready when the
 * application migrates or validates at startup ({@code migrations.mode} migrate, migrate-and-exit or validate, no dry
 * run). A schema that is not ready takes the application out of the groups that include the indicator (readiness),
 * never out of {@code /actuator/health} or liveness.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class)
@ConditionalOnClass({HealthContributor.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(Migrator.class)
@ConditionalOnEnabledHealthIndicator("migrations")
public final class MigrationsHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SchemaChanges migrationsSchemaChanges() {
        return new SchemaChanges();
    }

    @Bean
    @ConditionalOnMissingBean(name = {"migrationsHealthIndicator", "migrationsHealthContributor"})
    HealthContributor migrationsHealthContributor(
            Map<String, Migrator> migrators, ObjectProvider<MigrationsProperties> properties, SchemaChanges changes) {
        MigrationsProperties settings = properties.getIfAvailable(MigrationsProperties::new);
        boolean pendingIsNotReady = settings.pendingIsProblem();
        Duration timeToLive = settings.getHealth().getTimeToLive();
        if (migrators.size() == 1) {
            return new MigrationsHealthIndicator(
                    migrators.values().iterator().next(), pendingIsNotReady, timeToLive, changes);
        }
        return CompositeHealthContributor.fromMap(
                migrators,
                (migrator) -> new MigrationsHealthIndicator(migrator, pendingIsNotReady, timeToLive, changes));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthEndpointGroupsPostProcessor.class)
    static class GroupsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        static MigrationsHealthEndpointGroupsPostProcessor migrationsHealthEndpointGroupsPostProcessor() {
            return new MigrationsHealthEndpointGroupsPostProcessor();
        }
    }
}
