package dev.migrations.core;

/**
 * Thrown before connecting when a connection setting still holds a {@code ${...}} placeholder, so that the run fails
 * with an explanation rather than an authentication error. {@link #description()} and {@link #action()} say it in the
 * engine's terms; a surface that knows where its settings come from (Spring Boot's properties and environment
 * variables, an application file the command line reads) explains it in its own words from the facts this exception
 * carries: the {@link #setting() setting}, the {@link #placeholder() placeholder}, its {@link #variable() variable},
 * whether it is the {@link #whole() whole value}, and whether a {@link #secretInUrl() secret sits in a URL}.
 *
 * @since 0.1.0
 */
public final class UnresolvedPlaceholderException extends IllegalStateException {

    private final transient ConnectionSetting setting;

    private final String placeholder;

    UnresolvedPlaceholderException(ConnectionSetting setting, String placeholder) {
        super("Property " + setting.name() + " contains the unresolved placeholder " + placeholder);
        this.setting = setting;
        this.placeholder = placeholder;
    }

    /** The setting that holds the placeholder. */
    public ConnectionSetting setting() {
        return this.setting;
    }

    /** The placeholder, for example {@code ${POSTGRES_PASSWORD}}. */
    public String placeholder() {
        return this.placeholder;
    }

    /** The variable the placeholder names, without a default. */
    public String variable() {
        String inner = this.placeholder.substring(2, this.placeholder.length() - 1);
        int colon = inner.indexOf(':');
        return (colon >= 0) ? inner.substring(0, colon) : inner;
    }

    /** Whether the placeholder is the whole value (a password), rather than a part of it (a host inside a URL). */
    public boolean whole() {
        return this.placeholder.equals(this.setting.value());
    }

    /**
     * Whether the placeholder names a secret (by the default secret patterns) inside a URL: the password is then better
     * given as a setting of its own than in the URL.
     */
    public boolean secretInUrl() {
        return !whole()
                && this.setting.kind() == ConnectionSetting.Kind.URL
                && SecretPlaceholders.isSecret(variable(), SecretPlaceholders.DEFAULT_PATTERNS);
    }

    /** The value as it may be printed (never a password). */
    public String displayValue() {
        return this.setting.displayValue(this.placeholder);
    }

    /** What went wrong, in the engine's terms, with the value shown as it may be printed (never a password). */
    public String description() {
        return "No value for placeholder " + placeholder + " in the setting " + setting.name()
                + ": nothing gave the variable " + variable() + " a value, so the setting holds the text as it is."
                + " Migrations did not try to connect.\n\n"
                + "  Setting: " + setting.name() + "\n"
                + "  Value:   " + displayValue();
    }

    /** What to do about it, in the engine's terms. */
    public String action() {
        String action = "Give " + variable() + " a value where the configuration is resolved, or set " + setting.name()
                + " without a placeholder.";
        if (secretInUrl()) {
            action += " A password is better kept out of the URL: give it as the password setting and remove it from "
                    + setting.name() + ".";
        }
        return action;
    }
}
