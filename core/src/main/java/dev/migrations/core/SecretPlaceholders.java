package dev.migrations.core;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one place that decides which placeholder values are secrets and hides them: a {@code CREATE ROLE app PASSWORD
 * '${app_pw}'} that fails must not print the password in the failure report, the log or an endpoint's answer, and a
 * dry run must not print it either. Secrets are the values of placeholders whose name matches a pattern of
 * {@link MigrationsConfig#secretPlaceholders()}.
 */
final class SecretPlaceholders {

    /** What a secret value is replaced with. */
    static final String MASK = "******";

    /**
     * The default name patterns: names that contain password, passwd, pwd, secret, token, key or credential, or
     * have pw as a word of their own at the start or end ({@code app_pw}, {@code pw_admin}), in any case.
     */
    static final List<String> DEFAULT_PATTERNS = List.of(
            "*password*", "*passwd*", "*pwd*", "pw", "*_pw", "pw_*", "*secret*", "*token*", "*key*", "*credential*");

    private static final SecretPlaceholders NONE = new SecretPlaceholders(List.of());

    private final List<String> values;

    private SecretPlaceholders(List<String> values) {
        this.values = values;
    }

    /** The secret values among {@code placeholders}, by the patterns of {@code config}. */
    static SecretPlaceholders of(MigrationsConfig config, Map<String, String> placeholders) {
        List<String> secrets = placeholders.entrySet().stream()
                .filter((entry) -> entry.getValue() != null && !entry.getValue().isEmpty())
                .filter((entry) -> config.isSecretPlaceholder(entry.getKey()))
                .map(Map.Entry::getValue)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()) // "abc123" before "abc"
                .toList();
        return secrets.isEmpty() ? NONE : new SecretPlaceholders(secrets);
    }

    /** Whether {@code name} matches one of {@code patterns} ({@code *}: any characters; case ignored). */
    static boolean isSecret(String name, List<String> patterns) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String pattern : patterns) {
            if (matches(lower, pattern.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String name, String pattern) {
        String[] parts = pattern.split("\\*", -1);
        if (parts.length == 1) {
            return name.equals(pattern);
        }
        if (!name.startsWith(parts[0])) {
            return false;
        }
        int at = parts[0].length();
        for (int i = 1; i < parts.length - 1; i++) {
            int found = name.indexOf(parts[i], at);
            if (found < 0) {
                return false;
            }
            at = found + parts[i].length();
        }
        String last = parts[parts.length - 1];
        return name.length() - last.length() >= at && name.endsWith(last);
    }

    /** {@code placeholders} with every secret value replaced by {@link #MASK}: what a dry run shows. */
    Map<String, String> masked(MigrationsConfig config, Map<String, String> placeholders) {
        if (values.isEmpty()) {
            return placeholders;
        }
        Map<String, String> masked = new LinkedHashMap<>(placeholders);
        masked.replaceAll((name, value) -> config.isSecretPlaceholder(name) ? MASK : value);
        return masked;
    }

    /** {@code text} with every occurrence of a secret value replaced by {@link #MASK}. */
    String mask(String text) {
        if (text == null || values.isEmpty()) {
            return text;
        }
        String masked = text;
        for (String value : values) {
            masked = masked.replace(value, MASK);
        }
        return masked;
    }

    /** {@code ex}, or a copy of it without any secret value in its texts and causes. */
    MigrationException mask(MigrationException ex) {
        if (values.isEmpty() || !containsSecret(ex)) {
            return ex;
        }
        return ex.masked(this::mask, maskCause(ex.getCause()));
    }

    private boolean containsSecret(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            String text = (t instanceof MigrationException me) ? me.getMessage() : t.toString();
            if (!mask(text).equals(text)) {
                return true;
            }
        }
        return false;
    }

    private @Nullable String maskNullable(@Nullable String text) {
        return (text != null) ? mask(text) : null;
    }

    /** A copy of the cause chain with masked messages, keeping SQLState and stack traces for the log. */
    private @Nullable Throwable maskCause(@Nullable Throwable cause) {
        if (cause == null) {
            return null;
        }
        Throwable copy;
        if (cause instanceof SQLException sql) {
            copy = new MaskedSqlException(
                    cause.getClass().getName(), maskNullable(sql.getMessage()), sql.getSQLState(), sql.getErrorCode());
        } else {
            copy = new MaskedException(cause.getClass().getName(), maskNullable(cause.getMessage()));
        }
        copy.setStackTrace(cause.getStackTrace());
        Throwable next = (cause.getCause() != cause) ? maskCause(cause.getCause()) : null;
        if (next != null) {
            copy.initCause(next);
        }
        return copy;
    }

    /** A cause whose message had a secret in it; prints as the original type. */
    private static final class MaskedSqlException extends SQLException {

        private final String type;

        MaskedSqlException(String type, @Nullable String message, @Nullable String sqlState, int vendorCode) {
            super(message, sqlState, vendorCode);
            this.type = type;
        }

        @Override
        public String toString() {
            return (getMessage() != null) ? type + ": " + getMessage() : type;
        }
    }

    /** A cause whose message had a secret in it; prints as the original type. */
    private static final class MaskedException extends RuntimeException {

        private final String type;

        MaskedException(String type, @Nullable String message) {
            super(message);
            this.type = type;
        }

        @Override
        public String toString() {
            return (getMessage() != null) ? type + ": " + getMessage() : type;
        }
    }
}
