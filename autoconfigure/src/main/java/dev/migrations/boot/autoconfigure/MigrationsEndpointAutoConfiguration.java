package dev.migrations.boot.autoconfigure;

import dev.migrations.boot.actuate.MigrationsEndpoint;
import dev.migrations.boot.actuate.MigrationsWriteEndpoint;
import dev.migrations.core.Migrator;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the {@link MigrationsEndpoint}. The operations that change the database are only there when
 * {@code migrations.endpoint.write-operations-enabled} is true.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnBean(Migrator.class)
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
public final class MigrationsEndpointAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty("migrations.endpoint.write-operations-enabled")
    static class WriteEndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean(MigrationsEndpoint.class)
        MigrationsWriteEndpoint migrationsEndpoint(
                Map<String, Migrator> migrators, ObjectProvider<MigrationsProperties> properties) {
            return new MigrationsWriteEndpoint(migrators, pendingIsProblem(properties));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(
            name = "migrations.endpoint.write-operations-enabled",
            havingValue = false,
            matchIfMissing = true)
    static class ReadOnlyEndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean(MigrationsEndpoint.class)
        MigrationsEndpoint migrationsEndpoint(
                Map<String, Migrator> migrators, ObjectProvider<MigrationsProperties> properties) {
            return new MigrationsEndpoint(migrators, pendingIsProblem(properties));
        }
    }

    /** As the health indicator decides it, so both report the same problems. */
    private static boolean pendingIsProblem(ObjectProvider<MigrationsProperties> properties) {
        return properties.getIfAvailable(MigrationsProperties::new).pendingIsProblem();
    }
}
