package dev.migrations.benchmarks.boot;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * W3: a minimal Spring Boot application (DataSource through HikariCP, no web server) that migrates its database on
 * start. {@code --bench.variant} chooses how:
 *
 * <ul>
 *   <li>{@code jdbc}: an {@link InitializingBean} that runs the same checks with plain JDBC (the reference);
 *   <li>{@code ours}: an {@link InitializingBean} calling this project's {@code Migrator} (a stand-in for the
 *       starter while it does not exist);
 *   <li>{@code ours-starter}: nothing here, the {@code migrations-spring-boot-starter} on the class path migrates,
 *       configured with {@code migrations.locations=filesystem:...};
 *   <li>{@code flyway} and {@code liquibase}: their own Boot integrations, configured with properties.
 * </ul>
 *
 * The parent starts one process per measurement with only that variant's jars on the class path. The application
 * prints {@value #READY} when {@link ApplicationReadyEvent} fires, then waits for a line on standard input (so the
 * parent can read its peak memory) and exits.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class BenchApp {

    /** The marker line printed when the application is ready. */
    public static final String READY = "BENCH-READY";

    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(BenchApp.class);
        application.addListeners((ApplicationReadyEvent event) -> {
            System.out.println(READY);
            System.out.flush();
        });
        ConfigurableApplicationContext context = application.run(args);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            in.readLine();
        }
        System.exit(SpringApplication.exit(context));
    }

    /** Runs a variant's migration and logs how long it took, so a log shows the engine's share of the start. */
    static void timed(String engine, java.util.concurrent.Callable<?> migration) throws Exception {
        long start = System.nanoTime();
        migration.call();
        LoggerFactory.getLogger(BenchApp.class)
                .info("{} migration step took {} ms", engine, (System.nanoTime() - start) / 1_000_000);
    }

    /** The reference: reads the history table, compares, applies what is pending, with plain JDBC. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "bench.variant", havingValue = "jdbc")
    static class PlainJdbcMigrations {

        @Bean
        InitializingBean plainJdbcMigrations(DataSource dataSource, @Value("${bench.dir}") String dir) {
            return () ->
                    timed("plain JDBC", () -> dev.migrations.benchmarks.PlainJdbc.migrate(dataSource, Path.of(dir)));
        }
    }

    /** This project without its starter: what the starter's initializer does, reduced to the call. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "bench.variant", havingValue = "ours")
    static class OursMigrations {

        @Bean
        InitializingBean migrationsInitializer(DataSource dataSource, @Value("${bench.dir}") String dir) {
            return () -> timed(
                    "migrations",
                    () -> dev.migrations.core.Migrator.create(
                                    dataSource,
                                    dev.migrations.core.MigrationsConfig.builder()
                                            .locations(
                                                    "filesystem:" + Path.of(dir).toAbsolutePath())
                                            .build())
                            .migrate());
        }
    }
}
