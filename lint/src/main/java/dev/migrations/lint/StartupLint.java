package dev.migrations.lint;

import dev.migrations.core.ErrorCode;
import dev.migrations.core.MigrationException;
import dev.migrations.core.MigrationInfo;
import dev.migrations.core.MigrationScript;
import dev.migrations.core.MigrationScripts;
import dev.migrations.core.MigrationStatus;
import dev.migrations.core.Migrator;
import dev.migrations.core.PendingCheck;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check that runs before migrating at startup ({@code migrations.lint=warn|fail}): the rules alone (no scratch
 * database) over the pending migrations, with the server's version and the engine's lock timeout, logged as one
 * block per migration. Inside the engine ({@link #pendingCheck}) a start with nothing pending costs nothing.
 *
 * @since 0.1.0
 */
public final class StartupLint {

    private static final Logger logger = LoggerFactory.getLogger(StartupLint.class);

    /** The mode when none is configured: findings are logged, nothing is stopped. */
    public static final LintMode DEFAULT_MODE = LintMode.WARN;

    private static final Pattern MAJOR = Pattern.compile("PostgreSQL (\\d+)");

    private StartupLint() {}

    /**
     * Lints {@code migrator}'s pending migrations now (one history read); see {@link #pendingCheck} for the check
     * that runs inside a migrate run at no extra cost.
     *
     * @param severities rule id to severity overrides
     * @return the report (empty with {@link LintMode#OFF}, or when nothing is pending or the database is not
     *     PostgreSQL)
     */
    public static LintReport check(Migrator migrator, LintMode mode, Map<String, Severity> severities) {
        if (mode == LintMode.OFF) {
            return empty();
        }
        MigrationStatus status = migrator.info();
        Set<String> pending =
                status.pending().stream().map(MigrationInfo::version).collect(Collectors.toSet());
        if (pending.isEmpty()) {
            return empty();
        }
        return check(
                MigrationScripts.read(migrator.config()),
                pending,
                status.database(),
                mode,
                severities,
                migrator.config().lockTimeout());
    }

    /**
     * The check {@code migrations.lint} adds to the engine ({@code MigrationsConfig.Builder.pendingCheck}): it runs
     * inside a migrate run, after the lock is taken and before the first pending migration, so a start with nothing
     * pending costs nothing more.
     *
     * @param engineLockTimeout the engine's {@code migrations.lock-timeout}
     */
    public static PendingCheck pendingCheck(
            LintMode mode, Map<String, Severity> severities, Duration engineLockTimeout) {
        Map<String, Severity> overrides = Map.copyOf(severities);
        new LintConfig(LintConfig.DEFAULT_SERVER_VERSION, engineLockTimeout, overrides); // unknown rules fail early
        return (scripts, pending, database) -> check(scripts, pending, database, mode, overrides, engineLockTimeout);
    }

    /**
     * Lints {@code pending} among {@code scripts}; logs the findings (at WARN level, one block per migration) and, with
     * {@link LintMode#FAIL}, throws a {@link MigrationException} with code {@code MIG-080} when any is an error.
     */
    static LintReport check(
            List<MigrationScript> scripts,
            Set<String> pending,
            String database,
            LintMode mode,
            Map<String, Severity> severities,
            Duration engineLockTimeout) {
        Matcher major = MAJOR.matcher(database);
        if (mode == LintMode.OFF || pending.isEmpty() || !major.find()) {
            return empty(); // the rules are PostgreSQL's
        }
        LintConfig config = new LintConfig(Integer.parseInt(major.group(1)), engineLockTimeout, severities);
        LintReport report = Linter.create(config).lint(scripts, pending);
        String setting = "migrations.lint=" + mode.name().toLowerCase(Locale.ROOT);
        Reports.byFile(report.findings())
                .forEach((file, findings) -> logger.warn(
                        "Lint ({}): {}", setting, Reports.block(file, findings).stripTrailing()));
        if (mode == LintMode.FAIL && report.hasErrors()) {
            Finding first = report.findings().stream()
                    .filter(Finding::isError)
                    .findFirst()
                    .orElseThrow();
            throw MigrationException.builder(
                            ErrorCode.LINT_FAILED,
                            "Lint found " + report.errors() + " error(s) in " + pending.size()
                                    + " pending migration(s); nothing was migrated. First: [" + first.rule() + "] "
                                    + first.message())
                    .script(first.file())
                    .line(first.line())
                    .statement(first.statement())
                    .action("Rewrite the statement as the logged safe alternative shows, or, when it is safe here,"
                            + " add -- migrations:allow " + first.rule()
                            + " <reason> above it; set migrations.lint=warn"
                            + " to only log findings.")
                    .build();
        }
        return report;
    }

    private static LintReport empty() {
        return new LintReport(List.of(), List.of(), List.of(), 0, 0);
    }
}
