package dev.migrations.boot.autoconfigure;

import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.MigrationsConfig.Builder;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;

/**
 * The {@code spring.flyway.*} keys a project keeps in its configuration after replacing Flyway with this starter.
 * Those with a {@code migrations.*} namesake are applied (unless that key is set too) and reported with the key to
 * rename them to; the others are reported with what replaces them. Nothing here decides how migrations run: it only
 * translates keys into engine options.
 */
final class FlywayProperties {

    private static final Log logger = LogFactory.getLog(FlywayProperties.class);

    private static final String PREFIX = "spring.flyway.";

    private static final Bindable<String> TEXT = Bindable.of(String.class);

    private static final Bindable<Boolean> FLAG = Bindable.of(Boolean.class);

    private static final Bindable<List<String>> TEXTS = Bindable.listOf(String.class);

    /** Flyway keys applied to the engine: the Flyway key (after the prefix), its replacement, how it is applied. */
    private static final Map<String, Mapped> MAPPED = new LinkedHashMap<>();

    /** Flyway keys without an equivalent, with what to do instead. */
    private static final Map<String, String> REPORTED = new LinkedHashMap<>();

    static {
        map("locations", TEXTS, Builder::locations);
        MAPPED.put("schemas", new Mapped("schema", (binder, builder) -> {
            List<String> schemas = binder.bind(PREFIX + "schemas", Bindable.listOf(String.class))
                    .orElse(List.of());
            if (!schemas.isEmpty()) {
                builder.schema(schemas.get(0));
            }
        }));
        map("default-schema", "schema", TEXT, Builder::schema);
        map("create-schemas", "create-schema", FLAG, Builder::createSchema);
        map("table", TEXT, Builder::table);
        map("target", TEXT, Builder::target);
        map("out-of-order", FLAG, Builder::outOfOrder);
        map("mixed", FLAG, Builder::mixed);
        map("placeholders", Bindable.mapOf(String.class, String.class), Builder::placeholders);
        map("placeholder-replacement", FLAG, Builder::placeholderReplacement);
        map("placeholder-prefix", TEXT, Builder::placeholderPrefix);
        map("placeholder-suffix", TEXT, Builder::placeholderSuffix);
        map("placeholder-separator", TEXT, Builder::placeholderSeparator);
        map("baseline-version", TEXT, Builder::baselineVersion);
        map("baseline-description", TEXT, Builder::baselineDescription);
        map("baseline-on-migrate", FLAG, Builder::baselineOnMigrate);
        map("validate-on-migrate", FLAG, Builder::validateOnMigrate);
        map("encoding", Bindable.of(Charset.class), Builder::encoding);
        map("installed-by", TEXT, Builder::installedBy);

        REPORTED.put("enabled", "set migrations.enabled (it decides whether the starter runs at all)");
        REPORTED.put("url", "set migrations.url (a separate migration connection is configured before startup)");
        REPORTED.put("user", "set migrations.user");
        REPORTED.put("password", "set migrations.password");
        REPORTED.put("driver-class-name", "drop it: migrations.url uses the driver that the URL selects");
        REPORTED.put("init-sqls", "put the statements in a beforeMigrate.sql callback next to the migrations");
        REPORTED.put("connect-retries", "set migrations.connect-timeout (how long to keep trying to connect)");
        REPORTED.put("connect-retries-interval", "set migrations.connect-timeout");
        REPORTED.put("lock-retry-count", "set migrations.lock-wait-timeout (how long to wait for the lock)");
        REPORTED.put("clean-disabled", "drop it: there is no clean; downgrade to base undoes every migration");
        REPORTED.put("clean-on-validation-error", "drop it: there is no clean");
        REPORTED.put("callbacks", "declare MigrationCallback beans; SQL callbacks are found in migrations.locations");
        REPORTED.put("sql-migration-prefix", "rename the files to V<version>__<description>.sql");
        REPORTED.put("repeatable-sql-migration-prefix", "rename the files to R__<description>.sql");
        REPORTED.put("sql-migration-separator", "rename the files with __ between version and description");
        REPORTED.put("sql-migration-suffixes", "rename the files to .sql");
        REPORTED.put("ignore-migration-patterns", "drop it: missing migrations only warn; see docs/from-flyway.md");
        REPORTED.put("fail-on-missing-locations", "drop it: a filesystem: location that does not exist fails");
        REPORTED.put("group", "drop it: each migration runs in its own transaction");
        REPORTED.put("postgresql.transactional-lock", "drop it: the migration lock never blocks CONCURRENTLY");
        REPORTED.put("execute-in-transaction", "write -- migrate:no-transaction, or a .sql.conf file, per file");
    }

    private FlywayProperties() {}

    /**
     * Applies the {@code spring.flyway.*} keys that have a {@code migrations.*} namesake not set itself, and logs one
     * line per key found, naming its replacement.
     *
     * @return the log lines, for tests
     */
    static List<String> apply(Environment environment, MigrationsConfig.Builder builder) {
        TreeSet<String> keys = flywayKeys(environment);
        if (keys.isEmpty()) {
            return List.of();
        }
        Binder binder = Binder.get(environment);
        List<String> lines = new ArrayList<>();
        for (String key : keys) {
            Mapped mapped = MAPPED.get(key);
            if (mapped != null) {
                String target = "migrations." + mapped.target();
                if (isSet(environment, target)) {
                    lines.add(PREFIX + key + " is ignored because " + target + " is set: remove " + PREFIX + key);
                } else {
                    mapped.apply().accept(binder, builder);
                    lines.add(PREFIX + key + " is applied as " + target + ": rename it to " + target);
                }
            } else {
                String replacement = REPORTED.get(key);
                lines.add(PREFIX + key + " is ignored: "
                        + ((replacement != null)
                                ? replacement
                                : "it has no migrations.* equivalent (docs/from-flyway.md)"));
            }
        }
        lines.forEach(logger::warn);
        return lines;
    }

    /** The Flyway keys set anywhere in the environment, without the prefix and without list or map suffixes. */
    private static TreeSet<String> flywayKeys(Environment environment) {
        ConfigurationPropertyName root = ConfigurationPropertyName.of("spring.flyway");
        TreeSet<String> keys = new TreeSet<>();
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (!(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            iterable.filter(root::isAncestorOf).forEach((name) -> {
                String key = name.toString().substring(PREFIX.length());
                int end = key.length();
                int bracket = key.indexOf('[');
                if (bracket >= 0) {
                    end = bracket;
                }
                key = key.substring(0, end);
                if (key.startsWith("placeholders.")) {
                    key = "placeholders";
                }
                keys.add(key);
            });
        }
        return keys;
    }

    private static boolean isSet(Environment environment, String key) {
        ConfigurationPropertyName name = ConfigurationPropertyName.of(key);
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            if (source.getConfigurationProperty(name) != null
                    || source.containsDescendantOf(name)
                            == org.springframework.boot.context.properties.source.ConfigurationPropertyState.PRESENT) {
                return true;
            }
        }
        return false;
    }

    /** A row whose {@code migrations.*} namesake has the same name. */
    private static <T> void map(String key, Bindable<T> type, BiConsumer<Builder, T> setter) {
        map(key, key, type, setter);
    }

    /** One row of the table: the Flyway key, its {@code migrations.*} namesake, the type bound, the engine option. */
    private static <T> void map(String key, String target, Bindable<T> type, BiConsumer<Builder, T> setter) {
        MAPPED.put(
                key,
                new Mapped(
                        target,
                        (binder, builder) ->
                                binder.bind(PREFIX + key, type).ifBound((value) -> setter.accept(builder, value))));
    }

    private record Mapped(String target, BiConsumer<Binder, MigrationsConfig.Builder> apply) {}
}
