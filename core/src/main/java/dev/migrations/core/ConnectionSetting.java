package dev.migrations.core;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A connection setting (URL, user or password) as the configuration resolved it, checked before connecting for a
 * {@code ${...}} placeholder that nothing resolved: Spring Boot's binder, and the command line's reading of
 * application.yml, keep such text as it is, and the database would then refuse a password that is literally
 * {@code ${POSTGRES_PASSWORD}} with a confusing authentication error.
 *
 * @param name the property name, for example {@code spring.datasource.password}
 * @param value the resolved value, or {@code null} when not set
 * @param kind what the value is, which decides how it may be shown
 * @since 0.1.0
 */
public record ConnectionSetting(String name, @Nullable String value, Kind kind) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");

    /** The first unresolved placeholder in the value, or {@code null}. */
    public @Nullable String placeholder() {
        String text = this.value;
        if (text == null) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        return matcher.find() ? matcher.group() : null;
    }

    /** The value as it may be printed: never a password. */
    public String displayValue(String placeholder) {
        String text = String.valueOf(this.value);
        return switch (this.kind) {
            case URL -> Secrets.maskUrl(text);
            case USER -> text;
            case PASSWORD -> text.equals(placeholder) ? text : Secrets.MASK + " (containing " + placeholder + ")";
        };
    }

    /** The environment variable that sets this property through Spring Boot's relaxed binding. */
    public String environmentVariable() {
        return this.name.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
    }

    /** Throws an {@link UnresolvedPlaceholderException} when the value holds a placeholder. */
    public void check() {
        String placeholder = placeholder();
        if (placeholder != null) {
            throw new UnresolvedPlaceholderException(this, placeholder);
        }
    }

    /** Checks every setting, in order, before anything connects. */
    public static void checkAll(List<ConnectionSetting> settings) {
        settings.forEach(ConnectionSetting::check);
    }

    /** What a setting holds. */
    public enum Kind {
        URL,
        USER,
        PASSWORD
    }
}
