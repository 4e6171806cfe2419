package dev.migrations.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.ErrorCode;
import dev.migrations.core.JavaMigration;
import dev.migrations.core.MigrationException;
import dev.migrations.core.MigrationListener;
import dev.migrations.core.MigrationResult;
import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import dev.migrations.core.UnresolvedPlaceholderException;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

@ExtendWith(OutputCaptureExtension.class)
class MigrationsAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class,
                    MigrationsAutoConfiguration.class));

    @Test
    void runWhenDataSourceShouldMigrateAtStartup() {
        this.runner.run((context) -> {
            assertThat(context).hasSingleBean(Migrator.class).hasSingleBean(MigrationsInitializer.class);
            assertThat(names(context.getBean(JdbcTemplate.class))).containsExactly("Ada");
            assertThat(context.getBean(Migrator.class).info().currentVersion()).isEqualTo("2");
        });
    }

    @Test
    void runShouldNameTheMigrationSessionAfterTheApplication() {
        this.runner
                .withPropertyValues("spring.application.name=orders-api")
                .run((context) -> assertThat(
                                context.getBean(Migrator.class).config().applicationName())
                        .isEqualTo("orders-api"));
        this.runner.run(
                (context) -> assertThat(context.getBean(Migrator.class).config().applicationName())
                        .isEqualTo("migrations"));
    }

    @Test
    void runShouldMakeJdbcTemplateWaitForTheInitializer() {
        this.runner.run((context) -> assertThat(context.getBeanFactory()
                        .getBeanDefinition("jdbcTemplate")
                        .getDependsOn())
                .contains("migrationsInitializer"));
    }

    @Test
    void runWhenDisabledShouldBackOff() {
        this.runner
                .withPropertyValues("migrations.enabled=false")
                .run((context) -> assertThat(context)
                        .doesNotHaveBean(Migrator.class)
                        .doesNotHaveBean(MigrationsInitializer.class)
                        .doesNotHaveBean(MigrationsProperties.class));
    }

    @Test
    void runWithoutDataSourceShouldBackOff() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
                .run((context) -> assertThat(context).doesNotHaveBean(Migrator.class));
    }

    @Test
    void runWithMigrationsUrlAndNoDataSourceShouldMigrateThatDatabase() throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
                .withPropertyValues("migrations.url=" + url, "migrations.user=sa")
                .run((context) -> {
                    assertThat(context).hasSingleBean(Migrator.class).doesNotHaveBean(DataSource.class);
                    DataSource other =
                            DataSourceBuilder.create().url(url).username("sa").build();
                    assertThat(names(new JdbcTemplate(other))).containsExactly("Ada");
                });
    }

    @Test
    void runWithMigrationsUrlShouldLeaveTheApplicationDataSourceAlone() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        this.runner
                .withPropertyValues("migrations.url=" + url, "migrations.user=sa")
                .run((context) -> {
                    JdbcTemplate application = context.getBean(JdbcTemplate.class);
                    assertThat(application.queryForObject(
                                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'PERSON'",
                                    Integer.class))
                            .isZero();
                    assertThat(context.getBean(SchemaManagementProvider.class)
                                    .getSchemaManagement(context.getBean(DataSource.class)))
                            .isEqualTo(SchemaManagement.UNMANAGED);
                });
    }

    @Test
    void runWithMigrationsDataSourceQualifierShouldMigrateThatDataSource() {
        this.runner.withUserConfiguration(TwoDataSourcesConfiguration.class).run((context) -> {
            assertThat(names(new JdbcTemplate(context.getBean("migrationsDataSource", DataSource.class))))
                    .containsExactly("Ada");
            JdbcTemplate application = new JdbcTemplate(context.getBean("applicationDataSource", DataSource.class));
            assertThat(application.queryForObject(
                            "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'PERSON'",
                            Integer.class))
                    .isZero();
            assertThat(context.getBean(SchemaManagementProvider.class)
                            .getSchemaManagement(context.getBean("migrationsDataSource", DataSource.class)))
                    .isEqualTo(SchemaManagement.MANAGED);
        });
    }

    @Test
    void runShouldDeclareTheMigratedDataSourceAsManaged() {
        this.runner.run((context) -> assertThat(context.getBean(SchemaManagementProvider.class)
                        .getSchemaManagement(context.getBean(DataSource.class)))
                .isEqualTo(SchemaManagement.MANAGED));
    }

    @Test
    void runWithUserMigratorShouldBackOff() {
        this.runner.withUserConfiguration(UserMigratorConfiguration.class).run((context) -> {
            assertThat(context).hasSingleBean(Migrator.class).doesNotHaveBean(MigrationsInitializer.class);
            assertThat(context.getBean(Migrator.class).config().table()).isEqualTo("user_history");
            assertThat(context.getBean(Migrator.class).info().currentVersion()).isNull();
        });
    }

    @Test
    void runWithUserStrategyShouldRunItInsteadOfMigrating() {
        this.runner.withUserConfiguration(UserStrategyConfiguration.class).run((context) -> {
            assertThat(context.getBean(RecordingStrategy.class).migrators).hasSize(1);
            assertThat(context.getBean(Migrator.class).info().currentVersion()).isNull();
        });
    }

    @Test
    void runWithUserInitializerShouldBackOffFromItsOwn() {
        this.runner.withUserConfiguration(UserInitializerConfiguration.class).run((context) -> {
            assertThat(context).hasSingleBean(MigrationsInitializer.class).hasBean("customInitializer");
            assertThat(context.getBean(Migrator.class).info().currentVersion()).isEqualTo("1");
        });
    }

    @Test
    void runShouldApplyCustomizersInOrder() {
        this.runner
                .withUserConfiguration(CustomizersConfiguration.class)
                .run((context) -> assertThat(
                                context.getBean(Migrator.class).config().table())
                        .isEqualTo("second"));
    }

    @Test
    void runShouldPassJavaMigrationAndListenerBeansToTheEngine() {
        this.runner.withUserConfiguration(JavaMigrationConfiguration.class).run((context) -> {
            assertThat(context.getBean(Migrator.class).info().currentVersion()).isEqualTo("3");
            assertThat(context.getBean(RecordingListener.class).results)
                    .singleElement()
                    .satisfies((result) -> assertThat(result.executed()).hasSize(3));
        });
    }

    @Test
    void runShouldMapPropertiesOntoTheEngine() {
        this.runner
                .withPropertyValues(
                        "migrations.table=app_history",
                        "migrations.lock-wait-timeout=7s",
                        "migrations.placeholders.owner=app",
                        "migrations.target=1")
                .run((context) -> {
                    MigrationsConfig config = context.getBean(Migrator.class).config();
                    assertThat(config.table()).isEqualTo("app_history");
                    assertThat(config.lockWaitTimeout()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(config.placeholders()).containsEntry("owner", "app");
                    assertThat(context.getBean(Migrator.class).info().currentVersion())
                            .isEqualTo("1");
                });
    }

    @Test
    void runInValidateModeWithPendingMigrationsShouldFail() {
        this.runner.withPropertyValues("migrations.mode=validate").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                    .rootCause()
                    .isInstanceOfSatisfying(
                            MigrationException.class,
                            (ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.PENDING_MIGRATIONS));
        });
    }

    @Test
    void runInNoneModeShouldWireEverythingAndRunNothing() {
        this.runner
                .withPropertyValues("migrations.mode=none")
                .withUserConfiguration(UserStrategyConfiguration.class)
                .run((context) -> {
                    assertThat(context).hasSingleBean(MigrationsInitializer.class);
                    assertThat(context.getBean(RecordingStrategy.class).migrators)
                            .isEmpty();
                    assertThat(context.getBean(Migrator.class).info().currentVersion())
                            .isNull();
                });
    }

    @Test
    void runWithDryRunShouldLogTheSqlAndNotMigrate(CapturedOutput output) {
        this.runner.withPropertyValues("migrations.dry-run=true").run((context) -> {
            assertThat(context.getBean(Migrator.class).info().currentVersion()).isNull();
            assertThat(output)
                    .contains("Dry run (migrations.dry-run=true): nothing is migrated; this SQL would run:")
                    .contains("ALTER TABLE person ADD COLUMN email VARCHAR(200);");
        });
    }

    @Test
    void runWithUnresolvedPasswordPlaceholderShouldFailBeforeConnecting() {
        this.runner
                .withPropertyValues("spring.datasource.password=${POSTGRES_PASSWORD}")
                .run((context) -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .isInstanceOf(UnresolvedPlaceholderException.class)
                            .hasMessage("Property spring.datasource.password contains the unresolved placeholder"
                                    + " ${POSTGRES_PASSWORD}");
                });
    }

    @Test
    void runWithUnresolvedPlaceholderInMigrationsUrlShouldFailBeforeConnecting() {
        this.runner
                .withPropertyValues("migrations.url=jdbc:postgresql://db.invalid/app?password=${DB_PASSWORD}")
                .run((context) -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .isInstanceOf(UnresolvedPlaceholderException.class)
                        .hasMessage("Property migrations.url contains the unresolved placeholder ${DB_PASSWORD}"));
    }

    @Test
    void modeRejectsUnknownValuesAndAcceptsKebabCase() {
        this.runner
                .withPropertyValues("migrations.mode=migrate-and-exit")
                .run((context) -> assertThat(
                                context.getBean(MigrationsProperties.class).getMode())
                        .isEqualTo(MigrationsMode.MIGRATE_AND_EXIT));
    }

    @Test
    void runWithMigrationsUserTakesTheUrlFromAServiceConnection() {
        // A Testcontainers @ServiceConnection contributes JdbcConnectionDetails and no spring.datasource.url.
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcConnectionDetails serviceConnection = new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "app";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
        this.runner
                .withBean(JdbcConnectionDetails.class, () -> serviceConnection)
                .withPropertyValues("migrations.user=sa")
                .run((context) -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Migrator.class);
                    DataSource migrated =
                            DataSourceBuilder.create().url(url).username("sa").build();
                    assertThat(names(new JdbcTemplate(migrated))).containsExactly("Ada");
                });
    }

    @Test
    void runWithMigrationsUserAloneDerivesTheConnectionFromTheApplicationDataSource() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class))
                .withBean(
                        DataSource.class,
                        () -> DataSourceBuilder.create()
                                .type(SimpleDriverDataSource.class)
                                .url(url)
                                .username("app_reader")
                                .build())
                .withPropertyValues("migrations.user=sa")
                .run((context) -> {
                    assertThat(context).hasNotFailed();
                    Migrator migrator = context.getBean(Migrator.class);
                    assertThat(migrator.info().currentVersion()).isEqualTo("2");
                    DataSource migrated =
                            DataSourceBuilder.create().url(url).username("sa").build();
                    assertThat(names(new JdbcTemplate(migrated))).containsExactly("Ada");
                    assertThat(migrator.info().migrations())
                            .as("the migrations ran as migrations.user, not as the application's user")
                            .allSatisfy((m) -> assertThat(m.installedBy()).isEqualToIgnoringCase("sa"));
                });
    }

    @Test
    void runWithOwnMigratorKeepsTheSchemaManagedByMigrations() {
        this.runner
                .withBean(
                        "ownMigrator",
                        Migrator.class,
                        () -> Migrator.create(h2(), MigrationsConfig.builder().build()))
                .run((context) -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Migrator.class);
                    assertThat(context.getBean(SchemaManagementProvider.class)
                                    .getSchemaManagement(context.getBean("dataSource", DataSource.class)))
                            .as("JPA must leave a schema alone that the application's own Migrator manages")
                            .isEqualTo(SchemaManagement.MANAGED);
                });
    }

    private static List<String> names(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT name FROM person ORDER BY id", String.class);
    }

    private static DataSource h2() {
        return DataSourceBuilder.create()
                .url("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .username("sa")
                .build();
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSourcesConfiguration {

        @Bean
        @Primary
        DataSource applicationDataSource() {
            return h2();
        }

        @Bean
        @MigrationsDataSource
        DataSource migrationsDataSource() {
            return h2();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserMigratorConfiguration {

        @Bean
        Migrator userMigrator(DataSource dataSource) {
            return Migrator.create(
                    dataSource, MigrationsConfig.builder().table("user_history").build());
        }
    }

    static class RecordingStrategy implements MigrationsStrategy {

        final List<Migrator> migrators = new ArrayList<>();

        @Override
        public void migrate(Migrator migrator) {
            this.migrators.add(migrator);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserStrategyConfiguration {

        @Bean
        RecordingStrategy strategy() {
            return new RecordingStrategy();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserInitializerConfiguration {

        @Bean
        MigrationsInitializer customInitializer(Migrator migrator) {
            return new MigrationsInitializer(migrator, (m) -> m.migrate("1"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CustomizersConfiguration {

        @Bean
        @Order(2)
        MigrationsConfigCustomizer second() {
            return (builder) -> builder.table("second");
        }

        @Bean
        @Order(1)
        MigrationsConfigCustomizer first() {
            return (builder) -> builder.table("first");
        }
    }

    static class RecordingListener implements MigrationListener {

        final List<MigrationResult> results = new ArrayList<>();

        @Override
        public void runFinished(MigrationResult result) {
            this.results.add(result);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class JavaMigrationConfiguration {

        @Bean
        JavaMigration v3() {
            return new JavaMigration() {

                @Override
                public String version() {
                    return "3";
                }

                @Override
                public String description() {
                    return "add Grace";
                }

                @Override
                public void up(Connection connection) throws Exception {
                    connection.createStatement().execute("INSERT INTO person (id, name) VALUES (2, 'Grace')");
                }
            };
        }

        @Bean
        RecordingListener listener() {
            return new RecordingListener();
        }
    }
}
