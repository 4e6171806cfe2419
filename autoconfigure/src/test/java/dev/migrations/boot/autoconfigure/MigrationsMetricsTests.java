package dev.migrations.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.boot.metrics.MigrationsMeters;
import dev.migrations.core.Migrator;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The migration gauges through Boot's own metrics auto-configuration (the registry binds the listener, nobody calls
 * {@code bindTo} or {@code refresh} by hand), counting the connections the application opens: the start's migrate
 * reports its counts in its result, so the gauges are right without a second read of the status.
 */
class MigrationsMetricsTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    MetricsAutoConfiguration.class,
                    CompositeMeterRegistryAutoConfiguration.class,
                    SimpleMetricsExportAutoConfiguration.class,
                    MigrationsAutoConfiguration.class,
                    MigrationsMetricsAutoConfiguration.class))
            .withUserConfiguration(CountingDataSourceConfiguration.class);

    @Test
    void startThatMigratesSetsTheGaugesFromItsResultWithOneConnection() {
        this.runner.run((context) -> {
            assertThat(context).hasNotFailed();
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            CountingDataSource dataSource = context.getBean(CountingDataSource.class);
            assertThat(registry.get(MigrationsMeters.APPLIED).gauge().value()).isEqualTo(2.0);
            assertThat(registry.get(MigrationsMeters.PENDING).gauge().value()).isZero();
            assertThat(dataSource.opened.get())
                    .as("connections: the migrate only, no info() after it or at the end of the start")
                    .isEqualTo(1);

            context.getBean(Migrator.class).migrate();
            assertThat(dataSource.opened.get())
                    .as("a later run: one connection again")
                    .isEqualTo(2);
            assertThat(registry.get(MigrationsMeters.APPLIED).gauge().value()).isEqualTo(2.0);
            assertThat(registry.get(MigrationsMeters.PENDING).gauge().value()).isZero();
        });
    }

    @Test
    void startThatDoesNotMigrateReadsTheStatusOnceForTheGauges() {
        this.runner.withPropertyValues("migrations.mode=none").run((context) -> {
            assertThat(context).hasNotFailed();
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get(MigrationsMeters.APPLIED).gauge().value()).isZero();
            assertThat(registry.get(MigrationsMeters.PENDING).gauge().value()).isEqualTo(2.0);
            assertThat(context.getBean(CountingDataSource.class).opened.get())
                    .as("connections: one info() once the context has started")
                    .isEqualTo(1);

            context.getBean(Migrator.class).migrate("1");
            assertThat(registry.get(MigrationsMeters.APPLIED).gauge().value()).isEqualTo(1.0);
            assertThat(registry.get(MigrationsMeters.PENDING).gauge().value()).isEqualTo(1.0);
            assertThat(context.getBean(CountingDataSource.class).opened.get()).isEqualTo(2);
        });
    }

    /** Counts the connections the application takes from it. */
    static class CountingDataSource extends DelegatingDataSource {

        final AtomicInteger opened = new AtomicInteger();

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            this.opened.incrementAndGet();
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            this.opened.incrementAndGet();
            return super.getConnection(username, password);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CountingDataSourceConfiguration {

        @Bean
        CountingDataSource dataSource() {
            return new CountingDataSource(new SimpleDriverDataSource(
                    new org.h2.Driver(), "jdbc:h2:mem:metrics-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        }
    }
}
