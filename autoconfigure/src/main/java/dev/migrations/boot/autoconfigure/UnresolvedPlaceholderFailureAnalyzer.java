package dev.migrations.boot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a connection property whose {@code ${...}} placeholder was never expanded. */
class UnresolvedPlaceholderFailureAnalyzer extends AbstractFailureAnalyzer<UnresolvedPlaceholderException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnresolvedPlaceholderException cause) {
        ConnectionProperty property = cause.property();
        String placeholder = cause.placeholder();
        String variable = placeholder.substring(2, placeholder.length() - 1);
        String description = "The property " + property.name() + " still contains the placeholder " + placeholder
                + ": Spring Boot found no property or environment variable named " + variable
                + " and kept the text as it is. Migrations did not try to connect.\n\n"
                + "  Property: " + property.name() + "\n"
                + "  Value:    " + property.displayValue(placeholder);
        String action = "Give " + variable + " a value in the environment that starts the application. A .env file"
                + " read by the application (for example through spring.config.import) or by docker --env-file is"
                + " not variable-expanded: a line such as " + property.environmentVariable() + "=" + placeholder
                + " passes the text " + placeholder + " literally. Export the real value (export " + variable
                + "=...), expand it in the shell or in the compose file (environment: "
                + property.environmentVariable() + ": " + placeholder + "), or reference the variable directly in"
                + " application.yml (" + property.name() + ": " + placeholder + ") and set " + variable + ".";
        return new FailureAnalysis(description, action, cause);
    }
}
