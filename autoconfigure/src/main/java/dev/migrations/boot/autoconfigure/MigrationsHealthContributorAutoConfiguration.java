package dev.migrations.boot.autoconfigure;

import dev.migrations.boot.health.MigrationsHealthIndicator;
import dev.migrations.core.Migrator;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code migrations} health indicator. Pending migrations make it DOWN when the application
 * migrates or validates at startup ({@code migrations.mode} migrate, migrate-and-exit or validate, no dry run).
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class)
@ConditionalOnClass({HealthContributor.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(Migrator.class)
@ConditionalOnEnabledHealthIndicator("migrations")
public final class MigrationsHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = {"migrationsHealthIndicator", "migrationsHealthContributor"})
    HealthContributor migrationsHealthContributor(
            Map<String, Migrator> migrators, ObjectProvider<MigrationsProperties> properties) {
        MigrationsProperties settings = properties.getIfAvailable(MigrationsProperties::new);
        MigrationsMode mode = settings.getMode();
        boolean pendingIsDown = (mode == MigrationsMode.VALIDATE) || (mode.migrates() && !settings.isDryRun());
        if (migrators.size() == 1) {
            return new MigrationsHealthIndicator(migrators.values().iterator().next(), pendingIsDown);
        }
        return CompositeHealthContributor.fromMap(
                migrators, (migrator) -> new MigrationsHealthIndicator(migrator, pendingIsDown));
    }
}
