package dev.migrations.boot.autoconfigure;

import dev.migrations.core.JavaMigration;
import dev.migrations.core.MigrationCallback;
import dev.migrations.core.MigrationListener;
import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import dev.migrations.lint.LintMode;
import dev.migrations.lint.StartupLint;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Auto-configuration for migrations: a {@link Migrator} built from the {@code migrations.*} properties and a
 * {@link MigrationsInitializer} that runs it at startup, before the beans that use the database.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Migrator.class)
@Conditional(MigrationsAutoConfiguration.MigrationsDataSourceCondition.class)
@ConditionalOnBooleanProperty(name = "migrations.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrationsProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
@ImportRuntimeHints(MigrationsRuntimeHints.class)
public final class MigrationsAutoConfiguration {

    /**
     * Tells JPA that the schema is managed by migrations. Outside {@link MigratorConfiguration} on purpose: an
     * application that defines its own {@link Migrator} still has its schema managed, and Hibernate must not pick
     * {@code create-drop} for an embedded database under it.
     */
    @Bean
    SchemaManagementProvider migrationsSchemaManagementProvider(
            MigrationsProperties properties,
            @MigrationsDataSource ObjectProvider<DataSource> migrationsDataSource,
            ObjectProvider<DataSource> dataSource) {
        DataSource managed = migrationsDataSource.getIfAvailable();
        if (managed == null && !new MigrationsConnections(properties, null, null).ownConnection()) {
            managed = dataSource.getIfUnique();
        }
        return new MigrationsSchemaManagementProvider(managed);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(Migrator.class)
    static class MigratorConfiguration {

        @Bean
        Migrator migrator(
                MigrationsProperties properties,
                @MigrationsDataSource ObjectProvider<DataSource> migrationsDataSource,
                ObjectProvider<DataSource> dataSource,
                ObjectProvider<DataSourceProperties> dataSourceProperties,
                ObjectProvider<JdbcConnectionDetails> connectionDetails,
                ObjectProvider<MigrationsConfigCustomizer> customizers,
                ObjectProvider<JavaMigration> javaMigrations,
                ObjectProvider<MigrationListener> listeners,
                ObjectProvider<MigrationCallback> callbacks,
                ResourceLoader resourceLoader,
                Environment environment) {
            MigrationsConnections connections = new MigrationsConnections(
                    properties, dataSourceProperties.getIfAvailable(), connectionDetails.getIfAvailable());
            DataSource target = connections.dataSource(
                    migrationsDataSource.getIfAvailable(), dataSource.getIfUnique(), resourceLoader.getClassLoader());
            MigrationsConfig.Builder builder = configure(properties, MigrationsConfig.builder())
                    .javaMigrations(javaMigrations.orderedStream().toList())
                    .listeners(listeners.orderedStream().toList())
                    .callbacks(callbacks.orderedStream().toList())
                    .classLoader(resourceLoader.getClassLoader())
                    .optionNames(MigrationsPropertyNames.INSTANCE) // messages name migrations.* properties
                    // the holder of the migration lock, as other instances and pg_stat_activity name it
                    .applicationName(environment.getProperty("spring.application.name"));
            if (properties.getLint() != LintMode.OFF) {
                builder.pendingCheck(StartupLint.pendingCheck(
                        properties.getLint(), properties.getLintSeverity(), properties.getLockTimeout()));
            }
            FlywayProperties.apply(environment, builder); // spring.flyway.* keys left from Flyway
            customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
            return Migrator.create(target, builder.build());
        }

        @Bean
        @ConditionalOnMissingBean
        MigrationsInitializer migrationsInitializer(
                Migrator migrator, MigrationsProperties properties, ObjectProvider<MigrationsStrategy> strategy) {
            MigrationsMode mode = properties.getMode();
            MigrationsStrategy selected = (mode == MigrationsMode.NONE)
                    ? new ModeStrategy(mode, false)
                    : strategy.getIfAvailable(
                            () -> new ModeStrategy(mode, properties.isDryRun(), properties.getDowngradeSteps()));
            return new MigrationsInitializer(migrator, selected);
        }

        @Bean
        MigrationsExitListener migrationsExitListener(MigrationsProperties properties, ObjectProvider<JvmExit> exit) {
            return new MigrationsExitListener(properties.getMode(), exit.getIfAvailable(() -> System::exit));
        }

        /** Maps every property onto the engine configuration, one line per option. */
        static MigrationsConfig.Builder configure(MigrationsProperties properties, MigrationsConfig.Builder builder) {
            PropertyMapper map = PropertyMapper.get();
            map.from(properties.getLocations()).to(builder::locations);
            map.from(properties.getSchema()).to(builder::schema);
            map.from(properties.isCreateSchema()).to(builder::createSchema);
            map.from(properties.getTable()).to(builder::table);
            map.from(properties.getTarget()).to(builder::target);
            map.from(properties.isOutOfOrder()).to(builder::outOfOrder);
            map.from(properties.isMixed()).to(builder::mixed);
            map.from(properties.getPlaceholders()).to(builder::placeholders);
            map.from(properties.isPlaceholderReplacement()).to(builder::placeholderReplacement);
            map.from(properties.getSecretPlaceholders()).to(builder::secretPlaceholders);
            map.from(properties.getPlaceholderPrefix()).to(builder::placeholderPrefix);
            map.from(properties.getPlaceholderSuffix()).to(builder::placeholderSuffix);
            map.from(properties.getPlaceholderEscape()).to(builder::placeholderEscape);
            map.from(properties.getPlaceholderSeparator()).to(builder::placeholderSeparator);
            map.from(properties.getLockWaitTimeout()).to(builder::lockWaitTimeout);
            map.from(properties.getLockWaitLogInterval()).to(builder::lockWaitLogInterval);
            map.from(properties.getLockTimeout()).to(builder::lockTimeout);
            map.from(properties.getStatementTimeout()).to(builder::statementTimeout);
            map.from(properties.getLockTimeoutRetries()).to(builder::lockTimeoutRetries);
            map.from(properties.getLockTimeoutRetryDelay()).to(builder::lockTimeoutRetryDelay);
            map.from(properties.getConnectTimeout()).to(builder::connectTimeout);
            map.from(properties.getBaselineVersion()).to(builder::baselineVersion);
            map.from(properties.getBaselineDescription()).to(builder::baselineDescription);
            map.from(properties.isBaselineOnMigrate()).to(builder::baselineOnMigrate);
            map.from(properties.isValidateOnMigrate()).to(builder::validateOnMigrate);
            map.from(properties.getEncoding()).to(builder::encoding);
            map.from(properties.getInstalledBy()).to(builder::installedBy);
            return builder;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
    static class SanitizingConfiguration {

        @Bean
        SecretPlaceholderSanitizer migrationsSecretPlaceholderSanitizer(MigrationsProperties properties) {
            return new SecretPlaceholderSanitizer(properties.getSecretPlaceholders(), properties.getPlaceholders());
        }
    }

    static final class MigrationsDataSourceCondition extends AnyNestedCondition {

        MigrationsDataSourceCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        private static final class DataSourceBeanCondition {}

        // Not @ConditionalOnProperty: it resolves the value, which fails on a ${...} that cannot be resolved, and
        // that case deserves the explanation of UnresolvedPlaceholderFailureAnalyzer.
        @Conditional(MigrationsUrlSetCondition.class)
        private static final class MigrationsUrlCondition {}
    }

    static final class MigrationsUrlSetCondition extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            ConditionMessage.Builder message = ConditionMessage.forCondition("Migrations URL");
            return context.getEnvironment().containsProperty("migrations.url")
                    ? ConditionOutcome.match(message.found("property").items("migrations.url"))
                    : ConditionOutcome.noMatch(message.didNotFind("property").items("migrations.url"));
        }
    }
}
