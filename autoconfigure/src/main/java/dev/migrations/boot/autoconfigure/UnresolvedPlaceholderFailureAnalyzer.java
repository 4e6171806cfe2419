package dev.migrations.boot.autoconfigure;

import dev.migrations.core.UnresolvedPlaceholderException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a connection property whose {@code ${...}} placeholder was never expanded. The text comes from the engine,
 * so the command line and the Maven plugin explain the same case in the same words.
 */
class UnresolvedPlaceholderFailureAnalyzer extends AbstractFailureAnalyzer<UnresolvedPlaceholderException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnresolvedPlaceholderException cause) {
        return new FailureAnalysis(cause.description(), cause.action(), cause);
    }
}
