package dev.migrations.boot.autoconfigure;

import dev.migrations.core.ErrorCode;
import dev.migrations.core.MigrationException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Shows a failed migration, a checksum mismatch, an out-of-order migration, a lock wait that timed out and every
 * other engine failure as the engine describes it: file, line, statement, the database's message and the fix.
 * Connection failures are left to {@link MigrationsConnectionFailureAnalyzer}.
 */
class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<MigrationException> {

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, MigrationException cause) {
        if (cause.code() == ErrorCode.CONNECTION_FAILED) {
            return null;
        }
        String action = (cause.action() != null) ? cause.action() : "Fix the problem described above and restart.";
        return new FailureAnalysis(cause.description(), action, cause);
    }
}
