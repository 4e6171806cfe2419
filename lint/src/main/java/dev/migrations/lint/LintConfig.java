package dev.migrations.lint;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What the rules need to know beyond the SQL. Immutable; change it with the {@code with...} methods.
 *
 * @param serverVersion the PostgreSQL major version migrations will run on (some operations became safe in 11 and
 *     12); {@link #DEFAULT_SERVER_VERSION} when unknown
 * @param engineLockTimeout the engine's {@code migrations.lock-timeout}; {@link Duration#ZERO} means the engine sets
 *     no {@code lock_timeout}, so the rule {@code missing-lock-timeout} applies
 * @param severities rule id to severity overrides ({@link Severity#OFF} switches a rule off)
 * @since 0.1.0
 */
public record LintConfig(int serverVersion, Duration engineLockTimeout, Map<String, Severity> severities) {

    /** The major version assumed when the server is not known: the oldest PostgreSQL supported upstream (2026-12). */
    public static final int DEFAULT_SERVER_VERSION = 15;

    /** Validates and copies. */
    public LintConfig {
        Objects.requireNonNull(engineLockTimeout, "engineLockTimeout");
        severities = Map.copyOf(severities);
        for (String rule : severities.keySet()) {
            if (Rules.find(rule) == null) {
                throw new IllegalArgumentException(
                        "Unknown lint rule '" + rule + "' in the severity overrides; known rules: " + Rules.ids());
            }
        }
    }

    /** The defaults: PostgreSQL {@value #DEFAULT_SERVER_VERSION}, the engine's 10 s lock timeout, no overrides. */
    public static LintConfig defaults() {
        return new LintConfig(DEFAULT_SERVER_VERSION, Duration.ofSeconds(10), Map.of());
    }

    /** This configuration for PostgreSQL {@code major}. */
    public LintConfig withServerVersion(int major) {
        return new LintConfig(major, engineLockTimeout, severities);
    }

    /** This configuration with the engine's lock timeout {@code timeout} ({@link Duration#ZERO}: none). */
    public LintConfig withEngineLockTimeout(Duration timeout) {
        return new LintConfig(serverVersion, timeout, severities);
    }

    /** This configuration with {@code overrides} (rule id to severity) replacing the overrides. */
    public LintConfig withSeverities(Map<String, Severity> overrides) {
        return new LintConfig(serverVersion, engineLockTimeout, overrides);
    }

    /** The severity of {@code rule}: its override, else the catalogue's. */
    public Severity severity(Rule rule) {
        return severities.getOrDefault(rule.id(), rule.severity());
    }
}
