package dev.migrations.lint;

import dev.migrations.core.MigrationInfo;
import dev.migrations.core.MigrationScript;
import dev.migrations.core.MigrationScripts;
import dev.migrations.core.MigrationStatus;
import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The lint runs the surfaces offer (command line, Maven goal, test kit), each one call, so that they all give the same
 * result: the pending migrations of a database, or every migration of a project judged as deployed one at a time.
 * Either can add lock tracing on a scratch database.
 *
 * @since 0.1.0
 */
public final class LintRuns {

    private static final Pattern MAJOR = Pattern.compile("PostgreSQL (\\d+)");

    private LintRuns() {}

    /**
     * The pending migrations of {@code migrator}'s database, judged with the rules (with the server's version and the
     * engine's lock timeout) and, when {@code tracer} is not {@code null}, traced: every migration is replayed on a
     * scratch database and the pending ones are measured.
     *
     * @param severities rule id to severity overrides
     * @param tracer the tracer, or {@code null} for the rules alone
     */
    public static LintReport pending(Migrator migrator, Map<String, Severity> severities, @Nullable LockTracer tracer) {
        MigrationStatus status = migrator.info();
        Set<String> pending =
                status.pending().stream().map(MigrationInfo::version).collect(Collectors.toSet());
        List<MigrationScript> scripts = MigrationScripts.read(migrator.config());
        LintConfig config = new LintConfig(
                serverVersion(status.database()), migrator.config().lockTimeout(), severities);
        LintReport report = Linter.create(config).lint(scripts, pending);
        if (tracer != null && !pending.isEmpty()) {
            report = report.withTraces(tracer.trace(scripts, pending::contains));
        }
        return report;
    }

    /**
     * Every migration of {@code config}'s locations, each judged as deployed on its own after the ones before it; no
     * database is needed unless {@code tracer} is given.
     *
     * @param serverVersion the PostgreSQL major version the migrations will run on
     * @param tracer the tracer, or {@code null} for the rules alone
     */
    public static LintReport each(
            MigrationsConfig config, Map<String, Severity> severities, int serverVersion, @Nullable LockTracer tracer) {
        List<MigrationScript> scripts = MigrationScripts.read(config);
        LintReport report = Linter.create(new LintConfig(serverVersion, config.lockTimeout(), severities))
                .lintEach(scripts);
        if (tracer != null) {
            report = report.withTraces(tracer.traceEach(scripts));
        }
        return report;
    }

    /** The major version in a product string such as {@code PostgreSQL 16.4}; the default when there is none. */
    static int serverVersion(String database) {
        Matcher major = MAJOR.matcher(database);
        return major.find() ? Integer.parseInt(major.group(1)) : LintConfig.DEFAULT_SERVER_VERSION;
    }
}
