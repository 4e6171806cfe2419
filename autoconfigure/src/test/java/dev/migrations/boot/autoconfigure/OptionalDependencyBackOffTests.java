package dev.migrations.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.boot.actuate.MigrationsEndpoint;
import dev.migrations.boot.metrics.MigrationsMetricsListener;
import dev.migrations.boot.metrics.MigrationsObservationListener;
import dev.migrations.core.Migrator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Every optional dependency of the Boot module, hidden with a {@link FilteredClassLoader}: the auto-configuration that
 * needs it backs off, the application still starts and still migrates. The positive cases are in
 * {@link MigrationsActuatorAutoConfigurationTests}.
 */
class OptionalDependencyBackOffTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    MigrationsAutoConfiguration.class,
                    MigrationsEndpointAutoConfiguration.class,
                    MigrationsHealthContributorAutoConfiguration.class,
                    MigrationsMetricsAutoConfiguration.class,
                    MigrationsObservationAutoConfiguration.class))
            .withPropertyValues("management.endpoints.web.exposure.include=migrations")
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withBean(ObservationRegistry.class, ObservationRegistry::create);

    @Test
    void withEverythingPresentEachPartIsThere() {
        this.runner.run((context) -> assertThat(context)
                .hasNotFailed()
                .hasSingleBean(MigrationsEndpoint.class)
                .hasBean("migrationsHealthContributor")
                .hasSingleBean(MigrationsMetricsListener.class)
                .hasSingleBean(MigrationsObservationListener.class));
    }

    @Test
    void withoutActuatorTheEndpointBacksOff() {
        this.runner.withClassLoader(new FilteredClassLoader(Endpoint.class)).run((context) -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsEndpoint.class);
            assertMigrated(context.getBean(Migrator.class));
        });
    }

    @Test
    void withoutSpringBootHealthTheHealthIndicatorBacksOff() {
        this.runner
                .withClassLoader(new FilteredClassLoader(HealthContributor.class))
                .run((context) -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean("migrationsHealthContributor");
                    assertMigrated(context.getBean(Migrator.class));
                });
    }

    @Test
    void withoutMicrometerTheMetricsBackOff() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        DataSourceAutoConfiguration.class,
                        MigrationsAutoConfiguration.class,
                        MigrationsMetricsAutoConfiguration.class))
                .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run((context) -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsMetricsListener.class);
                    assertMigrated(context.getBean(Migrator.class));
                });
    }

    @Test
    void withoutMicrometerObservationTheObservationListenerBacksOff() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        DataSourceAutoConfiguration.class,
                        MigrationsAutoConfiguration.class,
                        MigrationsObservationAutoConfiguration.class))
                .withClassLoader(new FilteredClassLoader(ObservationRegistry.class))
                .run((context) -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsObservationListener.class);
                    assertMigrated(context.getBean(Migrator.class));
                });
    }

    @Test
    void withoutTheEngineEverythingBacksOff() {
        this.runner
                .withClassLoader(new FilteredClassLoader(Migrator.class))
                .run((context) -> assertThat(context)
                        .hasNotFailed()
                        .doesNotHaveBean(MigrationsProperties.class)
                        .doesNotHaveBean(MigrationsEndpoint.class)
                        .doesNotHaveBean("migrationsHealthContributor")
                        .doesNotHaveBean(MigrationsMetricsListener.class)
                        .doesNotHaveBean(MigrationsObservationListener.class));
    }

    private static void assertMigrated(Migrator migrator) {
        assertThat(migrator.info().currentVersion()).isEqualTo("2");
    }
}
