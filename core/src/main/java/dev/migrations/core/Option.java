package dev.migrations.core;

import java.util.Locale;

/**
 * The engine's options that its messages name (a fix is often "raise this timeout" or "set that option"). The engine
 * never writes a surface's spelling of an option itself: it asks {@link MigrationsConfig#optionNames()}, so a Spring
 * Boot user reads {@code migrations.lock-timeout}, a command-line user the flag or key they set, and a user of the
 * engine's API the builder method {@code lockTimeout}.
 *
 * @since 0.1.0
 */
public enum Option {
    URL("url"),
    LOCATIONS("locations"),
    SCHEMA("schema"),
    TABLE("table"),
    TARGET("target"),
    OUT_OF_ORDER("outOfOrder"),
    MIXED("mixed"),
    PLACEHOLDERS("placeholders"),
    LOCK_WAIT_TIMEOUT("lockWaitTimeout"),
    LOCK_WAIT_LOG_INTERVAL("lockWaitLogInterval"),
    LOCK_TIMEOUT("lockTimeout"),
    LOCK_TIMEOUT_RETRIES("lockTimeoutRetries"),
    LOCK_TIMEOUT_RETRY_DELAY("lockTimeoutRetryDelay"),
    STATEMENT_TIMEOUT("statementTimeout"),
    CONNECT_TIMEOUT("connectTimeout"),
    BASELINE_VERSION("baselineVersion"),
    BASELINE_ON_MIGRATE("baselineOnMigrate");

    private final String engineName;

    Option(String engineName) {
        this.engineName = engineName;
    }

    /**
     * The engine's name: the {@link MigrationsConfig.Builder} method that sets it, for example {@code lockTimeout}
     * ({@code url} names the JDBC URL of the {@code DataSource} the engine is given).
     */
    public String engineName() {
        return engineName;
    }

    /** The name in kebab case, as property files and flags spell it, for example {@code lock-timeout}. */
    public String kebabName() {
        return engineName.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
