package dev.migrations.lint;

import dev.migrations.core.ErrorCode;
import dev.migrations.core.MigrationException;
import dev.migrations.core.MigrationInfo;
import dev.migrations.core.MigrationScripts;
import dev.migrations.core.MigrationStatus;
import dev.migrations.core.Migrator;
import java.util.List;
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
 * block per migration. Starts with nothing pending cost one history read and no parsing.
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
     * Lints {@code migrator}'s pending migrations; logs the findings (warnings and errors at WARN level) and, with
     * {@link LintMode#FAIL}, throws a {@link MigrationException} with code {@code MIG-080} when any is an error.
     *
     * @param severities rule id to severity overrides
     * @return the report (empty with {@link LintMode#OFF}, or when nothing is pending or the database is not
     *     PostgreSQL)
     */
    public static LintReport check(Migrator migrator, LintMode mode, Map<String, Severity> severities) {
        LintReport empty = new LintReport(List.of(), List.of(), List.of(), 0, 0);
        if (mode == LintMode.OFF) {
            return empty;
        }
        MigrationStatus status = migrator.info();
        Matcher major = MAJOR.matcher(status.database());
        if (!major.find()) {
            logger.debug("Lint skipped: {} is not PostgreSQL", status.database());
            return empty;
        }
        Set<String> pending =
                status.pending().stream().map(MigrationInfo::version).collect(Collectors.toSet());
        if (pending.isEmpty()) {
            return empty;
        }
        LintConfig config = new LintConfig(
                Integer.parseInt(major.group(1)), migrator.config().lockTimeout(), severities);
        LintReport report = Linter.create(config).lint(MigrationScripts.read(migrator.config()), pending);
        Reports.byFile(report.findings())
                .forEach((file, findings) -> logger.warn(
                        "Lint (migrations.lint={}): {}",
                        mode.name().toLowerCase(java.util.Locale.ROOT),
                        Reports.block(file, findings).stripTrailing()));
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
}
