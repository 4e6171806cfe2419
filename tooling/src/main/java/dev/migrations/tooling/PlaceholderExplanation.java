package dev.migrations.tooling;

import dev.migrations.core.ConnectionSetting;
import dev.migrations.core.UnresolvedPlaceholderException;

/**
 * An unresolved {@code ${...}} in a connection setting, explained in Spring Boot's words: the starter's failure
 * analyzer, the command line and the Maven plugin print this (the latter two read a Spring Boot application's files and
 * resolve placeholders as Spring Boot does, {@link Settings}); the engine only gives the facts
 * ({@link UnresolvedPlaceholderException}). The documentation's troubleshooting page quotes it.
 *
 * @param description what went wrong, with the value shown as it may be printed (never a password)
 * @param action what to do about it
 * @since 0.1.0
 */
public record PlaceholderExplanation(String description, String action) {

    /** The explanation of {@code cause}. */
    public static PlaceholderExplanation of(UnresolvedPlaceholderException cause) {
        return new PlaceholderExplanation(description(cause), action(cause));
    }

    private static String description(UnresolvedPlaceholderException cause) {
        String name = cause.setting().name();
        return "The property " + name + " still contains the placeholder " + cause.placeholder()
                + ": Spring Boot found no property or environment variable named " + cause.variable()
                + " and kept the text as it is. Migrations did not try to connect.\n\n"
                + "  Property: " + name + "\n"
                + "  Value:    " + cause.displayValue();
    }

    private static String action(UnresolvedPlaceholderException cause) {
        ConnectionSetting setting = cause.setting();
        String variable = cause.variable();
        String placeholder = cause.placeholder();
        // the placeholder may be the whole value (a password) or a part of it (a host or a password inside a URL)
        String assigned = cause.whole() ? placeholder : "..." + placeholder + "...";
        String action = "Give " + variable + " a value in the environment that starts the application. A .env file"
                + " read by the application (for example through spring.config.import) or by docker --env-file is"
                + " not variable-expanded: a line such as " + setting.environmentVariable() + "=" + assigned
                + " passes the text " + placeholder + " literally. Export the real value (export " + variable
                + "=...), expand it in the shell or in the compose file (environment: "
                + setting.environmentVariable() + ": " + assigned + "), or "
                + (cause.whole()
                        ? "reference the variable directly in application.yml (" + setting.name() + ": " + placeholder
                                + ")"
                        : "keep " + placeholder + " inside the value of " + setting.name() + " in application.yml")
                + " and set " + variable + ".";
        if (cause.secretInUrl()) {
            String passwordProperty =
                    setting.name().startsWith("migrations.") ? "migrations.password" : "spring.datasource.password";
            action += " A password is better kept out of the URL: set " + passwordProperty + ": " + placeholder
                    + " and remove it from " + setting.name() + ".";
        }
        return action;
    }
}
