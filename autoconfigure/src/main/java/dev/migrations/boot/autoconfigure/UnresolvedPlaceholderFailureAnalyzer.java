package dev.migrations.boot.autoconfigure;

import dev.migrations.core.UnresolvedPlaceholderException;
import dev.migrations.tooling.PlaceholderExplanation;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a connection property whose {@code ${...}} placeholder was never expanded, in Spring Boot's terms: the
 * engine gives the facts (setting, placeholder, variable, whether a secret sits in a URL), and tooling's
 * {@link PlaceholderExplanation}, which the command line and the Maven plugin print too, words them.
 */
class UnresolvedPlaceholderFailureAnalyzer extends AbstractFailureAnalyzer<UnresolvedPlaceholderException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnresolvedPlaceholderException cause) {
        PlaceholderExplanation explanation = PlaceholderExplanation.of(cause);
        return new FailureAnalysis(explanation.description(), explanation.action(), cause);
    }
}
