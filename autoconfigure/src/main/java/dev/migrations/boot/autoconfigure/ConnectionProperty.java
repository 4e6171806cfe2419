package dev.migrations.boot.autoconfigure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A connection setting as bound from the environment, checked for a {@code ${...}} placeholder that Spring Boot could
 * not resolve (the binder then keeps the text as it is).
 *
 * @param name the property name, for example {@code spring.datasource.password}
 * @param value the bound value
 * @param kind what the value is, which decides how it may be shown
 */
record ConnectionProperty(String name, @Nullable String value, Kind kind) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*}");

    /** The first unresolved placeholder in the value, or {@code null}. */
    @Nullable
    String placeholder() {
        if (this.value == null) {
            return null;
        }
        Matcher matcher = PLACEHOLDER.matcher(this.value);
        return matcher.find() ? matcher.group() : null;
    }

    /** The value as it may be printed: never a password. */
    String displayValue(String placeholder) {
        String text = String.valueOf(this.value);
        return switch (this.kind) {
            case URL -> Secrets.maskUrl(text);
            case USER -> text;
            case PASSWORD -> text.equals(placeholder) ? text : Secrets.MASK + " (containing " + placeholder + ")";
        };
    }

    /** The environment variable that sets this property through relaxed binding. */
    String environmentVariable() {
        return this.name.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
    }

    /** Throws an {@link UnresolvedPlaceholderException} when the value holds a placeholder. */
    void check() {
        String placeholder = placeholder();
        if (placeholder != null) {
            throw new UnresolvedPlaceholderException(this, placeholder);
        }
    }

    enum Kind {
        URL,
        USER,
        PASSWORD
    }
}
