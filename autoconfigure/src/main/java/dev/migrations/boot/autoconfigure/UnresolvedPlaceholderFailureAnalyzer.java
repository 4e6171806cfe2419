package dev.migrations.boot.autoconfigure;

import dev.migrations.core.ConnectionSetting;
import dev.migrations.core.UnresolvedPlaceholderException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a connection property whose {@code ${...}} placeholder was never expanded, in Spring Boot's terms: the
 * engine gives the facts (setting, placeholder, variable, whether a secret sits in a URL), this analyzer names the
 * properties, environment variables and files through which a Boot application gets them. The command line and the
 * Maven plugin, which read the same application files, say the same (tooling's {@code PlaceholderExplanation}).
 */
class UnresolvedPlaceholderFailureAnalyzer extends AbstractFailureAnalyzer<UnresolvedPlaceholderException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnresolvedPlaceholderException cause) {
        return new FailureAnalysis(description(cause), action(cause), cause);
    }

    static String description(UnresolvedPlaceholderException cause) {
        String name = cause.setting().name();
        return "The property " + name + " still contains the placeholder " + cause.placeholder()
                + ": Spring Boot found no property or environment variable named " + cause.variable()
                + " and kept the text as it is. Migrations did not try to connect.\n\n"
                + "  Property: " + name + "\n"
                + "  Value:    " + cause.displayValue();
    }

    static String action(UnresolvedPlaceholderException cause) {
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
