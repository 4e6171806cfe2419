package dev.migrations.core;

/**
 * Thrown before connecting when a connection setting still holds a {@code ${...}} placeholder, so that the run fails
 * with an explanation rather than an authentication error. The explanation ({@link #description()} and
 * {@link #action()}) is the same text wherever it is shown: Spring Boot's failure analysis, the command line's
 * stderr, the Maven plugin's build failure.
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

    /** What went wrong, with the value shown as it may be printed (never a password). */
    public String description() {
        return "The property " + setting.name() + " still contains the placeholder " + placeholder
                + ": Spring Boot found no property or environment variable named " + variable()
                + " and kept the text as it is. Migrations did not try to connect.\n\n"
                + "  Property: " + setting.name() + "\n"
                + "  Value:    " + setting.displayValue(placeholder);
    }

    /** What to do about it. */
    public String action() {
        String variable = variable();
        // the placeholder may be the whole value (a password) or a part of it (a host or a password inside a URL)
        boolean whole = placeholder.equals(setting.value());
        String assigned = whole ? placeholder : "..." + placeholder + "...";
        String action = "Give " + variable + " a value in the environment that starts the application. A .env file"
                + " read by the application (for example through spring.config.import) or by docker --env-file is"
                + " not variable-expanded: a line such as " + setting.environmentVariable() + "=" + assigned
                + " passes the text " + placeholder + " literally. Export the real value (export " + variable
                + "=...), expand it in the shell or in the compose file (environment: "
                + setting.environmentVariable() + ": " + assigned + "), or "
                + (whole
                        ? "reference the variable directly in application.yml (" + setting.name() + ": " + placeholder
                                + ")"
                        : "keep " + placeholder + " inside the value of " + setting.name() + " in application.yml")
                + " and set " + variable + ".";
        if (!whole
                && setting.kind() == ConnectionSetting.Kind.URL
                && SecretPlaceholders.isSecret(variable, SecretPlaceholders.DEFAULT_PATTERNS)) {
            String passwordProperty =
                    setting.name().startsWith("migrations.") ? "migrations.password" : "spring.datasource.password";
            action += " A password is better kept out of the URL: set " + passwordProperty + ": " + placeholder
                    + " and remove it from " + setting.name() + ".";
        }
        return action;
    }
}
