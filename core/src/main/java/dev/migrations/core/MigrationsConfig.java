package dev.migrations.core;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Immutable configuration of a {@link Migrator}. Build it with {@link #builder()}; every option has a default, so
 * {@code MigrationsConfig.builder().build()} is a working configuration. Invalid values are rejected by
 * {@link Builder#build()} with a message naming the option.
 *
 * @since 0.1.0
 */
public final class MigrationsConfig {

    /** Default location of migration files. */
    public static final String DEFAULT_LOCATION = "classpath:db/migrations";

    /** Default {@link #applicationName()}. */
    public static final String DEFAULT_APPLICATION_NAME = "migrations";

    /** Default name of the history table. */
    public static final String DEFAULT_TABLE = "migrations_history";

    private final List<String> locations;
    private final @Nullable String schema;
    private final boolean createSchema;
    private final String table;
    private final @Nullable String target;
    private final boolean outOfOrder;
    private final boolean mixed;
    private final Map<String, String> placeholders;
    private final boolean placeholderReplacement;
    private final List<String> secretPlaceholders;
    private final String placeholderPrefix;
    private final String placeholderSuffix;
    private final String placeholderEscape;
    private final String placeholderSeparator;
    private final List<MigrationCallback> callbacks;
    private final Duration lockWaitTimeout;
    private final Duration lockWaitLogInterval;
    private final Duration lockTimeout;
    private final Duration statementTimeout;
    private final int lockTimeoutRetries;
    private final Duration lockTimeoutRetryDelay;
    private final Duration connectTimeout;
    private final String baselineVersion;
    private final String baselineDescription;
    private final boolean baselineOnMigrate;
    private final boolean validateOnMigrate;
    private final Charset encoding;
    private final @Nullable String installedBy;
    private final String applicationName;
    private final List<JavaMigration> javaMigrations;
    private final List<MigrationListener> listeners;
    private final List<PendingCheck> pendingChecks;
    private final @Nullable ClassLoader classLoader;
    private final OptionNames optionNames;

    private MigrationsConfig(Builder b) {
        this.locations = List.copyOf(b.locations);
        this.schema = b.schema;
        this.createSchema = b.createSchema;
        this.table = b.table;
        this.target = b.target;
        this.outOfOrder = b.outOfOrder;
        this.mixed = b.mixed;
        this.placeholders = Map.copyOf(b.placeholders);
        this.placeholderReplacement = b.placeholderReplacement;
        this.secretPlaceholders = List.copyOf(b.secretPlaceholders);
        this.placeholderPrefix = requireText(b.placeholderPrefix, "placeholderPrefix", false);
        this.placeholderSuffix = requireText(b.placeholderSuffix, "placeholderSuffix", false);
        this.placeholderEscape = requireText(b.placeholderEscape, "placeholderEscape", true);
        this.placeholderSeparator = requireText(b.placeholderSeparator, "placeholderSeparator", false);
        this.callbacks = List.copyOf(b.callbacks);
        this.lockWaitTimeout = b.lockWaitTimeout;
        this.lockWaitLogInterval = b.lockWaitLogInterval;
        this.lockTimeout = b.lockTimeout;
        this.statementTimeout = b.statementTimeout;
        this.lockTimeoutRetries = b.lockTimeoutRetries;
        this.lockTimeoutRetryDelay = b.lockTimeoutRetryDelay;
        this.connectTimeout = b.connectTimeout;
        this.baselineVersion = b.baselineVersion;
        this.baselineDescription = b.baselineDescription;
        this.baselineOnMigrate = b.baselineOnMigrate;
        this.validateOnMigrate = b.validateOnMigrate;
        this.encoding = b.encoding;
        this.installedBy = b.installedBy;
        this.applicationName = b.applicationName;
        this.javaMigrations = List.copyOf(b.javaMigrations);
        this.listeners = List.copyOf(b.listeners);
        this.pendingChecks = List.copyOf(b.pendingChecks);
        this.classLoader = b.classLoader;
        this.optionNames = b.optionNames;
    }

    /** A builder holding every default. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Where migration files are found ({@code classpath:} or {@code filesystem:}; {@code {vendor}} allowed). */
    public List<String> locations() {
        return locations;
    }

    /** Schema of the history table, or {@code null} for the connection's current schema. */
    public @Nullable String schema() {
        return schema;
    }

    /** Whether a missing {@link #schema()} is created. */
    public boolean createSchema() {
        return createSchema;
    }

    /** Name of the history table. */
    public String table() {
        return table;
    }

    /** Version to migrate up to, or {@code null} for the latest. */
    public @Nullable String target() {
        return target;
    }

    /** Whether pending migrations older than the newest applied one are applied instead of rejected. */
    public boolean outOfOrder() {
        return outOfOrder;
    }

    /** Whether a no-transaction migration may also hold statements that could run in a transaction. */
    public boolean mixed() {
        return mixed;
    }

    /** Values for {@code ${name}} placeholders in SQL files. */
    public Map<String, String> placeholders() {
        return placeholders;
    }

    /** The text that starts a placeholder (<code>${</code> by default, as in Flyway). */
    public String placeholderPrefix() {
        return placeholderPrefix;
    }

    /** The text that ends a placeholder (<code>}</code> by default, as in Flyway). */
    public String placeholderSuffix() {
        return placeholderSuffix;
    }

    /** The text written right before a placeholder to keep it as written ({@code $}, so {@code $${name}} stays {@code ${name}}); empty to replace every placeholder, as Flyway does. */
    public String placeholderEscape() {
        return placeholderEscape;
    }

    /** The separator in the names of built-in placeholders such as {@code ${flyway:defaultSchema}} ({@code :} by default, as in Flyway). */
    public String placeholderSeparator() {
        return placeholderSeparator;
    }

    /** Callbacks run at Flyway's migrate events, after the SQL callbacks of the same event. */
    public List<MigrationCallback> callbacks() {
        return callbacks;
    }

    private static String requireText(String value, String name, boolean emptyAllowed) {
        if (value == null || (!emptyAllowed && value.isEmpty())) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_CONFIGURATION, "The placeholder setting " + name + " is empty")
                    .action("Set " + name + " to the text Flyway used (its default is kept when it is not set).")
                    .build();
        }
        return value;
    }

    /** Whether {@code ${name}} placeholders are replaced at all. */
    public boolean placeholderReplacement() {
        return placeholderReplacement;
    }

    /**
     * Name patterns of the placeholders whose values are secrets ({@code *} matches any characters, case ignored);
     * by default {@code *password*, *passwd*, *pwd*, pw, *_pw, pw_*, *secret*, *token*, *key*, *credential*}. Their
     * values are replaced by {@code ******} in failure reports, dry runs and logs.
     */
    public List<String> secretPlaceholders() {
        return secretPlaceholders;
    }

    /** Whether the value of the placeholder {@code name} is a secret that is never printed. */
    public boolean isSecretPlaceholder(String name) {
        return SecretPlaceholders.isSecret(name, secretPlaceholders);
    }

    /** How long to wait for another instance to release the migration lock. */
    public Duration lockWaitTimeout() {
        return lockWaitTimeout;
    }

    /** How often a wait for the migration lock is logged. */
    public Duration lockWaitLogInterval() {
        return lockWaitLogInterval;
    }

    /** Per-migration {@code lock_timeout}: how long a statement may wait for a table lock; zero disables it. */
    public Duration lockTimeout() {
        return lockTimeout;
    }

    /** Per-migration {@code statement_timeout}; zero disables it. */
    public Duration statementTimeout() {
        return statementTimeout;
    }

    /** How many times a migration that hit {@link #lockTimeout()} is retried. */
    public int lockTimeoutRetries() {
        return lockTimeoutRetries;
    }

    /** Pause before such a retry. */
    public Duration lockTimeoutRetryDelay() {
        return lockTimeoutRetryDelay;
    }

    /** How long to wait for a connection to the database. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Version recorded by a baseline. */
    public String baselineVersion() {
        return baselineVersion;
    }

    /** Description recorded by a baseline. */
    public String baselineDescription() {
        return baselineDescription;
    }

    /** Whether migrate baselines a non-empty schema that has no history table yet. */
    public boolean baselineOnMigrate() {
        return baselineOnMigrate;
    }

    /** Whether migrate validates applied migrations (checksums, failures, order) before running. */
    public boolean validateOnMigrate() {
        return validateOnMigrate;
    }

    /** Encoding of SQL files. */
    public Charset encoding() {
        return encoding;
    }

    /** Name recorded as the installer, or {@code null} for the database user. */
    public @Nullable String installedBy() {
        return installedBy;
    }

    /**
     * Name the migration session carries on PostgreSQL while it waits for or holds the migration lock (its
     * {@code application_name}), so that a waiting instance and {@code pg_stat_activity} name the holder; a session
     * that already has a name of its own keeps it. Defaults to {@value #DEFAULT_APPLICATION_NAME}.
     */
    public String applicationName() {
        return applicationName;
    }

    /** Java migrations, besides the files. */
    public List<JavaMigration> javaMigrations() {
        return javaMigrations;
    }

    /** Listeners told about each run. */
    public List<MigrationListener> listeners() {
        return listeners;
    }

    /** Checks run over the pending migrations before a migrate run applies them (see {@link PendingCheck}). */
    public List<PendingCheck> pendingChecks() {
        return pendingChecks;
    }

    /** Class loader used for {@code classpath:} locations, or {@code null} for the thread's context class loader. */
    public @Nullable ClassLoader classLoader() {
        return classLoader;
    }

    /**
     * How the engine's messages name its options and commands: the surface's spelling ({@code migrations.lock-timeout}
     * under Spring Boot), by default {@link OptionNames#ENGINE the engine's own} ({@code lockTimeout}).
     */
    public OptionNames optionNames() {
        return optionNames;
    }

    /** Builder for {@link MigrationsConfig}. */
    public static final class Builder {

        private List<String> locations = List.of(DEFAULT_LOCATION);
        private @Nullable String schema;
        private boolean createSchema = true;
        private String table = DEFAULT_TABLE;
        private @Nullable String target;
        private boolean outOfOrder;
        private boolean mixed;
        private Map<String, String> placeholders = new LinkedHashMap<>();
        private boolean placeholderReplacement = true;
        private List<String> secretPlaceholders = SecretPlaceholders.DEFAULT_PATTERNS;
        private String placeholderPrefix = "${";
        private String placeholderSuffix = "}";
        private String placeholderEscape = "$";
        private String placeholderSeparator = ":";
        private List<MigrationCallback> callbacks = new ArrayList<>();
        private Duration lockWaitTimeout = Duration.ofMinutes(1);
        private Duration lockWaitLogInterval = Duration.ofSeconds(5);
        private Duration lockTimeout = Duration.ofSeconds(10);
        private Duration statementTimeout = Duration.ZERO;
        private int lockTimeoutRetries;
        private Duration lockTimeoutRetryDelay = Duration.ofSeconds(2);
        private Duration connectTimeout = Duration.ofSeconds(30);
        private String baselineVersion = "1";
        private String baselineDescription = "<< Baseline >>";
        private boolean baselineOnMigrate;
        private boolean validateOnMigrate = true;
        private Charset encoding = StandardCharsets.UTF_8;
        private @Nullable String installedBy;
        private String applicationName = DEFAULT_APPLICATION_NAME;
        private List<JavaMigration> javaMigrations = new ArrayList<>();
        private List<MigrationListener> listeners = new ArrayList<>();
        private List<PendingCheck> pendingChecks = new ArrayList<>();
        private @Nullable ClassLoader classLoader;
        private OptionNames optionNames = OptionNames.ENGINE;

        private Builder() {}

        private Builder(MigrationsConfig c) {
            this.locations = c.locations;
            this.schema = c.schema;
            this.createSchema = c.createSchema;
            this.table = c.table;
            this.target = c.target;
            this.outOfOrder = c.outOfOrder;
            this.mixed = c.mixed;
            this.placeholders = new LinkedHashMap<>(c.placeholders);
            this.placeholderReplacement = c.placeholderReplacement;
            this.secretPlaceholders = c.secretPlaceholders;
            this.placeholderPrefix = c.placeholderPrefix;
            this.placeholderSuffix = c.placeholderSuffix;
            this.placeholderEscape = c.placeholderEscape;
            this.placeholderSeparator = c.placeholderSeparator;
            this.callbacks = new ArrayList<>(c.callbacks);
            this.lockWaitTimeout = c.lockWaitTimeout;
            this.lockWaitLogInterval = c.lockWaitLogInterval;
            this.lockTimeout = c.lockTimeout;
            this.statementTimeout = c.statementTimeout;
            this.lockTimeoutRetries = c.lockTimeoutRetries;
            this.lockTimeoutRetryDelay = c.lockTimeoutRetryDelay;
            this.connectTimeout = c.connectTimeout;
            this.baselineVersion = c.baselineVersion;
            this.baselineDescription = c.baselineDescription;
            this.baselineOnMigrate = c.baselineOnMigrate;
            this.validateOnMigrate = c.validateOnMigrate;
            this.encoding = c.encoding;
            this.installedBy = c.installedBy;
            this.applicationName = c.applicationName;
            this.javaMigrations = new ArrayList<>(c.javaMigrations);
            this.listeners = new ArrayList<>(c.listeners);
            this.pendingChecks = new ArrayList<>(c.pendingChecks);
            this.classLoader = c.classLoader;
            this.optionNames = c.optionNames;
        }

        public Builder locations(List<String> locations) {
            this.locations = List.copyOf(locations);
            return this;
        }

        public Builder locations(String... locations) {
            return locations(List.of(locations));
        }

        public Builder schema(@Nullable String schema) {
            this.schema = schema;
            return this;
        }

        public Builder createSchema(boolean createSchema) {
            this.createSchema = createSchema;
            return this;
        }

        public Builder table(String table) {
            this.table = table;
            return this;
        }

        public Builder target(@Nullable String target) {
            this.target = target;
            return this;
        }

        public Builder outOfOrder(boolean outOfOrder) {
            this.outOfOrder = outOfOrder;
            return this;
        }

        public Builder mixed(boolean mixed) {
            this.mixed = mixed;
            return this;
        }

        public Builder placeholders(Map<String, String> placeholders) {
            this.placeholders = new LinkedHashMap<>(placeholders);
            return this;
        }

        public Builder placeholder(String name, String value) {
            this.placeholders.put(name, value);
            return this;
        }

        public Builder placeholderPrefix(String placeholderPrefix) {
            this.placeholderPrefix = placeholderPrefix;
            return this;
        }

        public Builder placeholderSuffix(String placeholderSuffix) {
            this.placeholderSuffix = placeholderSuffix;
            return this;
        }

        public Builder placeholderEscape(String placeholderEscape) {
            this.placeholderEscape = placeholderEscape;
            return this;
        }

        public Builder placeholderSeparator(String placeholderSeparator) {
            this.placeholderSeparator = placeholderSeparator;
            return this;
        }

        public Builder callbacks(List<? extends MigrationCallback> callbacks) {
            this.callbacks = new ArrayList<>(callbacks);
            return this;
        }

        public Builder callback(MigrationCallback callback) {
            this.callbacks.add(callback);
            return this;
        }

        public Builder placeholderReplacement(boolean placeholderReplacement) {
            this.placeholderReplacement = placeholderReplacement;
            return this;
        }

        /** Replaces the name patterns of secret placeholders (see {@link MigrationsConfig#secretPlaceholders()}). */
        public Builder secretPlaceholders(List<String> secretPlaceholders) {
            this.secretPlaceholders = List.copyOf(secretPlaceholders);
            return this;
        }

        public Builder lockWaitTimeout(Duration lockWaitTimeout) {
            this.lockWaitTimeout = lockWaitTimeout;
            return this;
        }

        public Builder lockWaitLogInterval(Duration lockWaitLogInterval) {
            this.lockWaitLogInterval = lockWaitLogInterval;
            return this;
        }

        public Builder lockTimeout(Duration lockTimeout) {
            this.lockTimeout = lockTimeout;
            return this;
        }

        public Builder statementTimeout(Duration statementTimeout) {
            this.statementTimeout = statementTimeout;
            return this;
        }

        public Builder lockTimeoutRetries(int lockTimeoutRetries) {
            this.lockTimeoutRetries = lockTimeoutRetries;
            return this;
        }

        public Builder lockTimeoutRetryDelay(Duration lockTimeoutRetryDelay) {
            this.lockTimeoutRetryDelay = lockTimeoutRetryDelay;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder baselineVersion(String baselineVersion) {
            this.baselineVersion = baselineVersion;
            return this;
        }

        public Builder baselineDescription(String baselineDescription) {
            this.baselineDescription = baselineDescription;
            return this;
        }

        public Builder baselineOnMigrate(boolean baselineOnMigrate) {
            this.baselineOnMigrate = baselineOnMigrate;
            return this;
        }

        public Builder validateOnMigrate(boolean validateOnMigrate) {
            this.validateOnMigrate = validateOnMigrate;
            return this;
        }

        public Builder encoding(Charset encoding) {
            this.encoding = encoding;
            return this;
        }

        public Builder installedBy(@Nullable String installedBy) {
            this.installedBy = installedBy;
            return this;
        }

        /** Sets {@link MigrationsConfig#applicationName()}; {@code null} or blank keeps the default. */
        public Builder applicationName(@Nullable String applicationName) {
            this.applicationName = (applicationName == null || applicationName.isBlank())
                    ? DEFAULT_APPLICATION_NAME
                    : applicationName.strip();
            return this;
        }

        public Builder javaMigrations(List<? extends JavaMigration> javaMigrations) {
            this.javaMigrations = new ArrayList<>(javaMigrations);
            return this;
        }

        public Builder javaMigration(JavaMigration javaMigration) {
            this.javaMigrations.add(javaMigration);
            return this;
        }

        public Builder listeners(List<? extends MigrationListener> listeners) {
            this.listeners = new ArrayList<>(listeners);
            return this;
        }

        public Builder listener(MigrationListener listener) {
            this.listeners.add(listener);
            return this;
        }

        public Builder pendingChecks(List<? extends PendingCheck> pendingChecks) {
            this.pendingChecks = new ArrayList<>(pendingChecks);
            return this;
        }

        public Builder pendingCheck(PendingCheck pendingCheck) {
            this.pendingChecks.add(pendingCheck);
            return this;
        }

        public Builder classLoader(@Nullable ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        /** How the engine's messages name options and commands on this surface (see {@link OptionNames}). */
        public Builder optionNames(OptionNames optionNames) {
            this.optionNames = Objects.requireNonNull(optionNames, "optionNames");
            return this;
        }

        /** Checks every option and builds the configuration. */
        public MigrationsConfig build() {
            if (locations.isEmpty()) {
                throw invalid(Option.LOCATIONS, "[]", "Give at least one location, for example " + DEFAULT_LOCATION);
            }
            requireName(Option.TABLE, table);
            if (schema != null) {
                requireName(Option.SCHEMA, schema);
            }
            requireNotNegative(Option.LOCK_WAIT_TIMEOUT, lockWaitTimeout);
            requirePositive(Option.LOCK_WAIT_LOG_INTERVAL, lockWaitLogInterval);
            requireNotNegative(Option.LOCK_TIMEOUT, lockTimeout);
            requireNotNegative(Option.STATEMENT_TIMEOUT, statementTimeout);
            requireNotNegative(Option.LOCK_TIMEOUT_RETRY_DELAY, lockTimeoutRetryDelay);
            requirePositive(Option.CONNECT_TIMEOUT, connectTimeout);
            if (lockTimeoutRetries < 0) {
                throw invalid(Option.LOCK_TIMEOUT_RETRIES, String.valueOf(lockTimeoutRetries), "Use 0 or more.");
            }
            requireVersion(Option.BASELINE_VERSION, baselineVersion);
            if (target != null && !Targets.isSymbolic(target)) {
                requireVersion(Option.TARGET, target);
            }
            Objects.requireNonNull(encoding, "encoding");
            placeholders.forEach((name, value) -> {
                if (value == null) {
                    throw invalid(
                            optionNames.option(Option.PLACEHOLDERS) + "." + name,
                            "null",
                            "Give the placeholder a value.");
                }
            });
            return new MigrationsConfig(this);
        }

        private void requireName(Option option, String value) {
            if (value == null || value.isBlank() || value.length() > 63 || value.contains("\"")) {
                throw invalid(
                        option,
                        String.valueOf(value),
                        "Use a non-empty name of at most 63 characters without double quotes.");
            }
        }

        private void requireNotNegative(Option option, Duration value) {
            if (value == null || value.isNegative()) {
                throw invalid(option, String.valueOf(value), "Use zero or a positive duration such as 10s.");
            }
        }

        private void requirePositive(Option option, Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw invalid(option, String.valueOf(value), "Use a positive duration such as 10s.");
            }
        }

        private void requireVersion(Option option, String value) {
            try {
                Version.parse(value);
            } catch (RuntimeException ex) {
                throw invalid(
                        option,
                        String.valueOf(value),
                        "Use a version made of numbers separated by dots, such as 1, 1.2 or 20261124093000.");
            }
        }

        private MigrationException invalid(Option option, String value, String action) {
            return invalid(optionNames.option(option), value, action);
        }

        private static MigrationException invalid(String option, String value, String action) {
            return MigrationException.builder(
                            ErrorCode.INVALID_CONFIGURATION, "Invalid value '" + value + "' for option " + option + ".")
                    .action(action)
                    .build();
        }
    }
}
