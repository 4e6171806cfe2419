package dev.migrations.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.MigrationsConfig;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MigrationsPropertiesTests {

    /** Engine options that have no property, each with the reason. */
    private static final Map<String, String> IGNORED = Map.of(
            "javaMigrations", "taken from the JavaMigration beans",
            "listeners", "taken from the MigrationListener beans",
            "pendingChecks", "the linter's check, from migrations.lint and migrations.lint-severity",
            "callbacks", "taken from the MigrationCallback beans",
            "classLoader", "the application's class loader, from its ResourceLoader",
            "applicationName", "spring.application.name",
            "optionNames", "MigrationsPropertyNames: messages name the migrations.* properties");

    private final MigrationsConfig defaults = MigrationsConfig.builder().build();

    @Test
    void defaultValuesAreConsistent() {
        MigrationsProperties properties = new MigrationsProperties();
        assertThat(properties.getLocations()).isEqualTo(this.defaults.locations());
        assertThat(properties.getSchema()).isEqualTo(this.defaults.schema());
        assertThat(properties.isCreateSchema()).isEqualTo(this.defaults.createSchema());
        assertThat(properties.getTable()).isEqualTo(this.defaults.table());
        assertThat(properties.getTarget()).isEqualTo(this.defaults.target());
        assertThat(properties.isOutOfOrder()).isEqualTo(this.defaults.outOfOrder());
        assertThat(properties.isMixed()).isEqualTo(this.defaults.mixed());
        assertThat(properties.getPlaceholders()).isEqualTo(this.defaults.placeholders());
        assertThat(properties.isPlaceholderReplacement()).isEqualTo(this.defaults.placeholderReplacement());
        assertThat(properties.getSecretPlaceholders()).isEqualTo(this.defaults.secretPlaceholders());
        assertThat(properties.getPlaceholderPrefix()).isEqualTo(this.defaults.placeholderPrefix());
        assertThat(properties.getPlaceholderSuffix()).isEqualTo(this.defaults.placeholderSuffix());
        assertThat(properties.getPlaceholderEscape()).isEqualTo(this.defaults.placeholderEscape());
        assertThat(properties.getPlaceholderSeparator()).isEqualTo(this.defaults.placeholderSeparator());
        assertThat(properties.getLockWaitTimeout()).isEqualTo(this.defaults.lockWaitTimeout());
        assertThat(properties.getLockWaitLogInterval()).isEqualTo(this.defaults.lockWaitLogInterval());
        assertThat(properties.getLockTimeout()).isEqualTo(this.defaults.lockTimeout());
        assertThat(properties.getStatementTimeout()).isEqualTo(this.defaults.statementTimeout());
        assertThat(properties.getLockTimeoutRetries()).isEqualTo(this.defaults.lockTimeoutRetries());
        assertThat(properties.getLockTimeoutRetryDelay()).isEqualTo(this.defaults.lockTimeoutRetryDelay());
        assertThat(properties.getConnectTimeout()).isEqualTo(this.defaults.connectTimeout());
        assertThat(properties.getBaselineVersion()).isEqualTo(this.defaults.baselineVersion());
        assertThat(properties.getBaselineDescription()).isEqualTo(this.defaults.baselineDescription());
        assertThat(properties.isBaselineOnMigrate()).isEqualTo(this.defaults.baselineOnMigrate());
        assertThat(properties.isValidateOnMigrate()).isEqualTo(this.defaults.validateOnMigrate());
        assertThat(properties.getEncoding()).isEqualTo(this.defaults.encoding());
        assertThat(properties.getInstalledBy()).isEqualTo(this.defaults.installedBy());
    }

    @Test
    void startupDefaultsMigrateWithoutDryRunOrOwnConnection() {
        MigrationsProperties properties = new MigrationsProperties();
        assertThat(properties.isEnabled()).isTrue();
        assertThat(properties.getMode()).isEqualTo(MigrationsMode.MIGRATE);
        assertThat(properties.isDryRun()).isFalse();
        assertThat(properties.getUrl()).isNull();
        assertThat(properties.getUser()).isNull();
        assertThat(properties.getPassword()).isNull();
        assertThat(properties.getEndpoint().isWriteOperationsEnabled()).isFalse();
        assertThat(properties.getLint()).isEqualTo(dev.migrations.lint.StartupLint.DEFAULT_MODE);
        assertThat(properties.getLintSeverity()).isEmpty();
    }

    @Test
    void everyEngineOptionIsMappedOrExplicitlyIgnored() throws Exception {
        MigrationsConfig mapped = MigrationsAutoConfiguration.MigratorConfiguration.configure(
                        nonDefaultProperties(), MigrationsConfig.builder())
                .build();
        Set<String> options = engineOptions();
        Set<String> changed = new TreeSet<>();
        for (String option : options) {
            Method accessor = MigrationsConfig.class.getMethod(option);
            if (!Objects.equals(accessor.invoke(mapped), accessor.invoke(this.defaults))) {
                changed.add(option);
            }
        }
        Set<String> expected = new TreeSet<>(options);
        expected.removeAll(IGNORED.keySet());
        assertThat(changed).as("options mapped from MigrationsProperties").isEqualTo(expected);
        assertThat(options).containsAll(IGNORED.keySet());
    }

    private static Set<String> engineOptions() {
        return Arrays.stream(MigrationsConfig.class.getDeclaredMethods())
                .filter((method) -> Modifier.isPublic(method.getModifiers()))
                .filter((method) -> !Modifier.isStatic(method.getModifiers()))
                .filter((method) -> method.getParameterCount() == 0)
                .filter((method) -> method.getReturnType() != MigrationsConfig.Builder.class)
                .map(Method::getName)
                .filter((name) -> !Set.of("toString", "hashCode").contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static MigrationsProperties nonDefaultProperties() {
        MigrationsProperties properties = new MigrationsProperties();
        properties.setLocations(List.of("classpath:other"));
        properties.setSchema("app");
        properties.setCreateSchema(false);
        properties.setTable("history");
        properties.setTarget("3");
        properties.setOutOfOrder(true);
        properties.setMixed(true);
        properties.setPlaceholders(Map.of("owner", "app"));
        properties.setPlaceholderReplacement(false);
        properties.setSecretPlaceholders(List.of("app_*"));
        properties.setPlaceholderPrefix("#[");
        properties.setPlaceholderSuffix("]");
        properties.setPlaceholderEscape("");
        properties.setPlaceholderSeparator("_");
        properties.setLockWaitTimeout(Duration.ofSeconds(7));
        properties.setLockWaitLogInterval(Duration.ofSeconds(1));
        properties.setLockTimeout(Duration.ofSeconds(3));
        properties.setStatementTimeout(Duration.ofMinutes(5));
        properties.setLockTimeoutRetries(4);
        properties.setLockTimeoutRetryDelay(Duration.ofSeconds(9));
        properties.setConnectTimeout(Duration.ofSeconds(11));
        properties.setBaselineVersion("2");
        properties.setBaselineDescription("initial");
        properties.setBaselineOnMigrate(true);
        properties.setValidateOnMigrate(false);
        properties.setEncoding(StandardCharsets.ISO_8859_1);
        properties.setInstalledBy("deployer");
        return properties;
    }
}
