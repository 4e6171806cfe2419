package dev.migrations.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.boot.actuate.MigrationsEndpoint;
import dev.migrations.boot.actuate.MigrationsWriteEndpoint;
import dev.migrations.boot.health.MigrationsHealthIndicator;
import dev.migrations.boot.metrics.MigrationsMeters;
import dev.migrations.boot.metrics.MigrationsMetricsListener;
import dev.migrations.boot.metrics.MigrationsObservationListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Endpoint, health and metrics auto-configurations: each one's positive case and its own back-off. */
class MigrationsActuatorAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    MigrationsAutoConfiguration.class,
                    MigrationsEndpointAutoConfiguration.class,
                    MigrationsHealthContributorAutoConfiguration.class,
                    MigrationsMetricsAutoConfiguration.class,
                    MigrationsObservationAutoConfiguration.class));

    @Test
    void runWhenEndpointExposedShouldHaveReadOnlyEndpoint() {
        this.runner
                .withPropertyValues("management.endpoints.web.exposure.include=migrations")
                .run((context) -> {
                    assertThat(context).hasSingleBean(MigrationsEndpoint.class);
                    assertThat(context.getBean(MigrationsEndpoint.class)).isExactlyInstanceOf(MigrationsEndpoint.class);
                    MigrationsEndpoint.MigratorDescriptor migrator = context.getBean(MigrationsEndpoint.class)
                            .migrations()
                            .getMigrators()
                            .get("migrator");
                    assertThat(migrator.getCurrentVersion()).isEqualTo("2");
                    assertThat(migrator.getMigrations())
                            .extracting(MigrationsEndpoint.MigrationDescriptor::getState)
                            .containsExactly("applied", "applied");
                });
    }

    @Test
    void runWhenWriteOperationsEnabledShouldHaveWriteEndpoint() {
        this.runner
                .withPropertyValues(
                        "management.endpoints.web.exposure.include=migrations",
                        "migrations.endpoint.write-operations-enabled=true")
                .run((context) -> assertThat(context)
                        .hasSingleBean(MigrationsEndpoint.class)
                        .getBean(MigrationsEndpoint.class)
                        .isInstanceOf(MigrationsWriteEndpoint.class));
    }

    @Test
    void runWhenEndpointNotExposedShouldBackOff() {
        this.runner.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
    }

    @Test
    void runWhenMigrationsDisabledShouldNotHaveEndpointHealthOrMetrics() {
        this.runner
                .withPropertyValues("migrations.enabled=false", "management.endpoints.web.exposure.include=migrations")
                .withUserConfiguration(RegistriesConfiguration.class)
                .run((context) -> assertThat(context)
                        .doesNotHaveBean(MigrationsEndpoint.class)
                        .doesNotHaveBean("migrationsHealthContributor")
                        .doesNotHaveBean(MigrationsMetricsListener.class)
                        .doesNotHaveBean(MigrationsObservationListener.class));
    }

    @Test
    void runShouldHaveHealthIndicatorThatIsUpWhenMigrated() {
        this.runner.run((context) -> {
            HealthIndicator indicator = context.getBean("migrationsHealthContributor", HealthIndicator.class);
            assertThat(indicator).isInstanceOf(MigrationsHealthIndicator.class);
            assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
            assertThat(indicator.health().getDetails())
                    .containsOnly(
                            org.assertj.core.api.Assertions.entry("currentVersion", "2"),
                            org.assertj.core.api.Assertions.entry("pending", 0));
        });
    }

    @Test
    void runWhenHealthIndicatorDisabledShouldBackOff() {
        this.runner
                .withPropertyValues("management.health.migrations.enabled=false")
                .run((context) -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
    }

    @Test
    void runWithPendingMigrationsInNoneModeShouldStayUp() {
        this.runner.withPropertyValues("migrations.mode=none").run((context) -> {
            HealthIndicator indicator = context.getBean("migrationsHealthContributor", HealthIndicator.class);
            assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
            assertThat(indicator.health().getDetails()).containsEntry("pending", 2);
        });
    }

    @Test
    void runWithMeterRegistryShouldRecordMigrationsAndGauges() {
        this.runner.withUserConfiguration(RegistriesConfiguration.class).run((context) -> {
            assertThat(context).hasSingleBean(MigrationsMetricsListener.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            context.getBean(MigrationsMetricsListener.class).bindTo(registry);
            context.getBean(MigrationsMetricsListener.class).refresh();
            assertThat(registry.get(MigrationsMeters.MIGRATION_DURATION)
                            .tags("version", "1", "direction", "up", "outcome", "success")
                            .timer()
                            .count())
                    .isOne();
            assertThat(registry.get(MigrationsMeters.MIGRATION_DURATION).timers())
                    .hasSize(2);
            assertThat(registry.get(MigrationsMeters.LOCK_WAIT).timer().count()).isOne();
            assertThat(registry.get(MigrationsMeters.APPLIED).gauge().value()).isEqualTo(2.0);
            assertThat(registry.get(MigrationsMeters.PENDING).gauge().value()).isZero();
        });
    }

    @Test
    void runWithoutMeterRegistryShouldNotHaveMetrics() {
        this.runner.run((context) -> assertThat(context).doesNotHaveBean(MigrationsMetricsListener.class));
    }

    @Test
    void runWithObservationRegistryShouldObserveEachMigration() {
        this.runner.withUserConfiguration(RegistriesConfiguration.class).run((context) -> {
            List<Observation.Context> observed = context.getBean(RecordingHandler.class).stopped;
            assertThat(observed).hasSize(2);
            assertThat(observed.get(0).getName()).isEqualTo(MigrationsMeters.OBSERVATION);
            assertThat(observed.get(0).getLowCardinalityKeyValue("version").getValue())
                    .isEqualTo("1");
            assertThat(observed.get(0).getLowCardinalityKeyValue("direction").getValue())
                    .isEqualTo("up");
            assertThat(observed.get(0).getLowCardinalityKeyValue("outcome").getValue())
                    .isEqualTo("success");
        });
    }

    @Test
    void runWithoutObservationRegistryShouldNotObserve() {
        this.runner.run((context) -> assertThat(context).doesNotHaveBean(MigrationsObservationListener.class));
    }

    static class RecordingHandler implements ObservationHandler<Observation.Context> {

        final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

        @Override
        public void onStop(Observation.Context context) {
            this.stopped.add(context);
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return true;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class RegistriesConfiguration {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        RecordingHandler recordingHandler() {
            return new RecordingHandler();
        }

        @Bean
        ObservationRegistry observationRegistry(RecordingHandler handler) {
            ObservationRegistry registry = ObservationRegistry.create();
            registry.observationConfig().observationHandler(handler);
            return registry;
        }
    }
}
