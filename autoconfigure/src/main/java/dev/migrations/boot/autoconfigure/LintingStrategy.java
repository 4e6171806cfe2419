package dev.migrations.boot.autoconfigure;

import dev.migrations.core.Migrator;
import dev.migrations.lint.LintMode;
import dev.migrations.lint.Severity;
import dev.migrations.lint.StartupLint;
import java.util.Map;

/** Runs the startup lint ({@code migrations.lint}) over the pending migrations, then the selected strategy. */
final class LintingStrategy implements MigrationsStrategy {

    private final MigrationsStrategy delegate;

    private final LintMode mode;

    private final Map<String, Severity> severities;

    LintingStrategy(MigrationsStrategy delegate, LintMode mode, Map<String, Severity> severities) {
        this.delegate = delegate;
        this.mode = mode;
        this.severities = Map.copyOf(severities);
    }

    @Override
    public void migrate(Migrator migrator) {
        StartupLint.check(migrator, this.mode, this.severities);
        this.delegate.migrate(migrator);
    }
}
