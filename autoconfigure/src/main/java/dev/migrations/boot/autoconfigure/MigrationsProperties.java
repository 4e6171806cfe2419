package dev.migrations.boot.autoconfigure;

import dev.migrations.lint.LintMode;
import dev.migrations.lint.Severity;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for migrations. Defaults equal the engine's ({@code MigrationsConfig.builder()}).
 *
 * @since 0.1.0
 */
@ConfigurationProperties("migrations")
public class MigrationsProperties {

    /** Whether to enable migrations. */
    private boolean enabled = true;

    /** What to do with the migrations at startup. */
    private MigrationsMode mode = MigrationsMode.MIGRATE;

    /**
     * Locations of migration files, each a classpath: or filesystem: prefix and a folder. A {vendor} part is replaced
     * by the database vendor (postgresql or h2).
     */
    private List<String> locations = new ArrayList<>(List.of("classpath:db/migrations"));

    /** Schema holding the history table and receiving the migrations. Defaults to the connection's current schema. */
    private @Nullable String schema;

    /** Whether to create the schema when it does not exist. */
    private boolean createSchema = true;

    /** Name of the history table. */
    private String table = "migrations_history";

    /**
     * Version to migrate up to. Use 'latest' or leave unset to apply every migration. In the downgrade mode, the
     * version to downgrade to ('base' undoes every migration).
     */
    private @Nullable String target;

    /** Number of migrations the downgrade mode undoes, newest first, when no target is set. */
    private int downgradeSteps = 1;

    /** Whether to apply pending migrations that are older than the newest applied one instead of failing. */
    private boolean outOfOrder;

    /** Whether a no-transaction migration may also contain statements that could run in a transaction. */
    private boolean mixed;

    /** Values of the ${name} placeholders in migration files. */
    private Map<String, String> placeholders = new LinkedHashMap<>();

    /** Whether to replace ${name} placeholders in migration files. */
    private boolean placeholderReplacement = true;

    /**
     * Name patterns of the placeholders whose values are secrets, never printed in failure reports, dry runs, logs or
     * the endpoint. A * matches any characters; case is ignored. Setting it replaces the default list.
     */
    private List<String> secretPlaceholders = new ArrayList<>(List.of(
            "*password*", "*passwd*", "*pwd*", "pw", "*_pw", "pw_*", "*secret*", "*token*", "*key*", "*credential*"));

    /** Prefix of placeholders in migration files, as Flyway's placeholder-prefix. */
    private String placeholderPrefix = "${";

    /** Suffix of placeholders in migration files, as Flyway's placeholder-suffix. */
    private String placeholderSuffix = "}";

    /** Text written right before a placeholder to keep it as written, so that $${name} stays ${name}. Empty to replace every placeholder, as Flyway does. */
    private String placeholderEscape = "$";

    /** Separator in the names of built-in placeholders such as ${flyway:defaultSchema}, as Flyway's placeholder-separator. */
    private String placeholderSeparator = ":";

    /** Maximum time to wait for another instance to release the migration lock before failing. */
    private Duration lockWaitTimeout = Duration.ofMinutes(1);

    /** Interval at which a wait for the migration lock is logged, naming the holder. */
    private Duration lockWaitLogInterval = Duration.ofSeconds(5);

    /**
     * PostgreSQL lock_timeout for the statements of every migration: maximum time a statement waits for a table lock. Zero disables
     * it.
     */
    private Duration lockTimeout = Duration.ofSeconds(10);

    /** PostgreSQL statement_timeout for the statements of every migration. Zero disables it. */
    private Duration statementTimeout = Duration.ZERO;

    /** Number of times a migration that ran into the lock timeout is retried. */
    private int lockTimeoutRetries;

    /** Pause before a migration that ran into the lock timeout is retried. */
    private Duration lockTimeoutRetryDelay = Duration.ofSeconds(2);

    /** Maximum time to wait for a connection to the database. */
    private Duration connectTimeout = Duration.ofSeconds(30);

    /** Version recorded when baselining an existing schema. */
    private String baselineVersion = "1";

    /** Description recorded when baselining an existing schema. */
    private String baselineDescription = "<< Baseline >>";

    /** Whether to baseline a non-empty schema that has no history table yet when migrating. */
    private boolean baselineOnMigrate;

    /** Whether to validate applied migrations (failures, checksums, order) before migrating. */
    private boolean validateOnMigrate = true;

    /** Encoding of migration files. */
    private Charset encoding = StandardCharsets.UTF_8;

    /** Name recorded as the installer of each migration. Defaults to the database user. */
    private @Nullable String installedBy;

    /** Whether to only log the SQL that migrating would run, without running it. */
    private boolean dryRun;

    /**
     * Safety check of pending migrations before migrating: 'warn' logs what each statement risks on a busy database
     * (locks, rewrites, full scans), 'fail' also stops the start when a finding is an error, 'off' skips the check.
     */
    private LintMode lint = LintMode.WARN;

    /** Severity of lint rules by rule id ('off', 'warning' or 'error'), replacing the rule's own. */
    private Map<String, Severity> lintSeverity = new LinkedHashMap<>();

    /**
     * JDBC URL of the database to migrate, when it is not the application's DataSource. Defaults to
     * spring.datasource.url when only a user or password is set.
     */
    private @Nullable String url;

    /** Login user of the database to migrate. Defaults to spring.datasource.username. */
    private @Nullable String user;

    /** Login password of the database to migrate. Defaults to spring.datasource.password. */
    private @Nullable String password;

    private final Endpoint endpoint = new Endpoint();

    private final Health health = new Health();

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getDowngradeSteps() {
        return this.downgradeSteps;
    }

    public void setDowngradeSteps(int downgradeSteps) {
        this.downgradeSteps = downgradeSteps;
    }

    public MigrationsMode getMode() {
        return this.mode;
    }

    public void setMode(MigrationsMode mode) {
        this.mode = mode;
    }

    public List<String> getLocations() {
        return this.locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public @Nullable String getSchema() {
        return this.schema;
    }

    public void setSchema(@Nullable String schema) {
        this.schema = schema;
    }

    public boolean isCreateSchema() {
        return this.createSchema;
    }

    public void setCreateSchema(boolean createSchema) {
        this.createSchema = createSchema;
    }

    public String getTable() {
        return this.table;
    }

    public void setTable(String table) {
        this.table = table;
    }

    public @Nullable String getTarget() {
        return this.target;
    }

    public void setTarget(@Nullable String target) {
        this.target = target;
    }

    public boolean isOutOfOrder() {
        return this.outOfOrder;
    }

    public void setOutOfOrder(boolean outOfOrder) {
        this.outOfOrder = outOfOrder;
    }

    public boolean isMixed() {
        return this.mixed;
    }

    public void setMixed(boolean mixed) {
        this.mixed = mixed;
    }

    public Map<String, String> getPlaceholders() {
        return this.placeholders;
    }

    public void setPlaceholders(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    public List<String> getSecretPlaceholders() {
        return this.secretPlaceholders;
    }

    public void setSecretPlaceholders(List<String> secretPlaceholders) {
        this.secretPlaceholders = secretPlaceholders;
    }

    public boolean isPlaceholderReplacement() {
        return this.placeholderReplacement;
    }

    public void setPlaceholderReplacement(boolean placeholderReplacement) {
        this.placeholderReplacement = placeholderReplacement;
    }

    public String getPlaceholderPrefix() {
        return this.placeholderPrefix;
    }

    public void setPlaceholderPrefix(String placeholderPrefix) {
        this.placeholderPrefix = placeholderPrefix;
    }

    public String getPlaceholderSuffix() {
        return this.placeholderSuffix;
    }

    public void setPlaceholderSuffix(String placeholderSuffix) {
        this.placeholderSuffix = placeholderSuffix;
    }

    public String getPlaceholderEscape() {
        return this.placeholderEscape;
    }

    public void setPlaceholderEscape(String placeholderEscape) {
        this.placeholderEscape = placeholderEscape;
    }

    public String getPlaceholderSeparator() {
        return this.placeholderSeparator;
    }

    public void setPlaceholderSeparator(String placeholderSeparator) {
        this.placeholderSeparator = placeholderSeparator;
    }

    public Duration getLockWaitTimeout() {
        return this.lockWaitTimeout;
    }

    public void setLockWaitTimeout(Duration lockWaitTimeout) {
        this.lockWaitTimeout = lockWaitTimeout;
    }

    public Duration getLockWaitLogInterval() {
        return this.lockWaitLogInterval;
    }

    public void setLockWaitLogInterval(Duration lockWaitLogInterval) {
        this.lockWaitLogInterval = lockWaitLogInterval;
    }

    public Duration getLockTimeout() {
        return this.lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public Duration getStatementTimeout() {
        return this.statementTimeout;
    }

    public void setStatementTimeout(Duration statementTimeout) {
        this.statementTimeout = statementTimeout;
    }

    public int getLockTimeoutRetries() {
        return this.lockTimeoutRetries;
    }

    public void setLockTimeoutRetries(int lockTimeoutRetries) {
        this.lockTimeoutRetries = lockTimeoutRetries;
    }

    public Duration getLockTimeoutRetryDelay() {
        return this.lockTimeoutRetryDelay;
    }

    public void setLockTimeoutRetryDelay(Duration lockTimeoutRetryDelay) {
        this.lockTimeoutRetryDelay = lockTimeoutRetryDelay;
    }

    public Duration getConnectTimeout() {
        return this.connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public String getBaselineVersion() {
        return this.baselineVersion;
    }

    public void setBaselineVersion(String baselineVersion) {
        this.baselineVersion = baselineVersion;
    }

    public String getBaselineDescription() {
        return this.baselineDescription;
    }

    public void setBaselineDescription(String baselineDescription) {
        this.baselineDescription = baselineDescription;
    }

    public boolean isBaselineOnMigrate() {
        return this.baselineOnMigrate;
    }

    public void setBaselineOnMigrate(boolean baselineOnMigrate) {
        this.baselineOnMigrate = baselineOnMigrate;
    }

    public boolean isValidateOnMigrate() {
        return this.validateOnMigrate;
    }

    public void setValidateOnMigrate(boolean validateOnMigrate) {
        this.validateOnMigrate = validateOnMigrate;
    }

    public Charset getEncoding() {
        return this.encoding;
    }

    public void setEncoding(Charset encoding) {
        this.encoding = encoding;
    }

    public @Nullable String getInstalledBy() {
        return this.installedBy;
    }

    public void setInstalledBy(@Nullable String installedBy) {
        this.installedBy = installedBy;
    }

    public LintMode getLint() {
        return this.lint;
    }

    public void setLint(LintMode lint) {
        this.lint = lint;
    }

    public Map<String, Severity> getLintSeverity() {
        return this.lintSeverity;
    }

    public void setLintSeverity(Map<String, Severity> lintSeverity) {
        this.lintSeverity = lintSeverity;
    }

    public boolean isDryRun() {
        return this.dryRun;
    }

    /**
     * Whether pending migrations are a problem for this application, for the health indicator and the endpoint alike:
     * they are when it migrates or validates at startup (they should have been applied before it started).
     */
    boolean pendingIsProblem() {
        return (this.mode == MigrationsMode.VALIDATE) || (this.mode.migrates() && !this.dryRun);
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public @Nullable String getUrl() {
        return this.url;
    }

    public void setUrl(@Nullable String url) {
        this.url = url;
    }

    public @Nullable String getUser() {
        return this.user;
    }

    public void setUser(@Nullable String user) {
        this.user = user;
    }

    public @Nullable String getPassword() {
        return this.password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }

    public Endpoint getEndpoint() {
        return this.endpoint;
    }

    public Health getHealth() {
        return this.health;
    }

    /** Settings of the migrations Actuator endpoint. */
    public static class Endpoint {

        /** Whether the endpoint offers operations that migrate or downgrade the database. */
        private boolean writeOperationsEnabled;

        public boolean isWriteOperationsEnabled() {
            return this.writeOperationsEnabled;
        }

        public void setWriteOperationsEnabled(boolean writeOperationsEnabled) {
            this.writeOperationsEnabled = writeOperationsEnabled;
        }
    }

    /** Settings of the migrations health indicator. */
    public static class Health {

        /**
         * How long the health indicator reuses the schema status it read, unless a run of this application changed
         * the schema meanwhile. Bounds how often health probes query the database.
         */
        private Duration timeToLive = Duration.ofSeconds(10);

        public Duration getTimeToLive() {
            return this.timeToLive;
        }

        public void setTimeToLive(Duration timeToLive) {
            this.timeToLive = timeToLive;
        }
    }
}
