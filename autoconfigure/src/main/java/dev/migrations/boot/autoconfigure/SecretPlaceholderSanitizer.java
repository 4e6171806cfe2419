package dev.migrations.boot.autoconfigure;

import dev.migrations.core.MigrationsConfig;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Hides the values of secret placeholders in the env and configprops endpoints, by the engine's own rule: every
 * entry whose key names a secret placeholder ({@code migrations.placeholders.app_pw}, the environment variable
 * {@code MIGRATIONS_PLACEHOLDERS_APP_PW}), and every entry holding the value of one (the inputs of configprops name
 * map keys in a form that loses the underscore, and the same secret may also come from another property).
 */
final class SecretPlaceholderSanitizer implements SanitizingFunction {

    private static final List<String> MARKERS = List.of("placeholders.", "placeholders_", "placeholders[");

    private final MigrationsConfig config;

    private final Set<String> values;

    SecretPlaceholderSanitizer(List<String> secretPlaceholders, Map<String, String> placeholders) {
        this.config = MigrationsConfig.builder()
                .secretPlaceholders(secretPlaceholders)
                .build();
        this.values = placeholders.entrySet().stream()
                .filter((entry) -> this.config.isSecretPlaceholder(entry.getKey()))
                .map(Map.Entry::getValue)
                .filter((value) -> value != null && !value.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public SanitizableData apply(SanitizableData data) {
        Object value = data.getValue();
        if (value != null && this.values.contains(value.toString())) {
            return data.withSanitizedValue();
        }
        String key = data.getLowerCaseKey();
        if (key.contains("migrations")) {
            for (String marker : MARKERS) {
                int at = key.lastIndexOf(marker);
                if (at >= 0 && this.config.isSecretPlaceholder(stripIndex(key.substring(at + marker.length())))) {
                    return data.withSanitizedValue();
                }
            }
        }
        return data;
    }

    /** {@code app_pw]}, the rest of {@code placeholders[app_pw]}, is {@code app_pw}. */
    private static String stripIndex(String name) {
        return name.endsWith("]") ? name.substring(0, name.length() - 1) : name;
    }
}
