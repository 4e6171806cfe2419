package dev.migrations.maven;

import dev.migrations.core.ConnectionSetting;
import dev.migrations.lint.LintReport;
import dev.migrations.lint.LintRuns;
import dev.migrations.lint.LockTracer;
import dev.migrations.lint.Reports;
import dev.migrations.lint.TableStats;
import dev.migrations.tooling.Settings;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * The migration safety linter over the pending migrations (the same run as {@code migrations lint}): logs every
 * finding with its safe alternative and fails the build when one is an error.
 */
@Mojo(name = "lint", requiresProject = true, threadSafe = true)
public class LintMojo extends AbstractMigrationsMojo {

    /** Also replays the migrations on a scratch database and reports what each pending statement really locks. */
    @Parameter(property = "migrations.trace", defaultValue = "false")
    boolean trace;

    /** A read-only JDBC URL whose table statistics rank the findings. */
    @Parameter(property = "migrations.statsFrom")
    @Nullable
    String statsFrom;

    @Override
    void run(Settings settings) throws MojoFailureException {
        LockTracer tracer = null;
        if (trace) {
            settings.dataSource(); // refuses a missing URL or an unresolved ${...} before the tracer reads them
            List<ConnectionSetting> connection = settings.connection();
            tracer = LockTracer.create(
                    Objects.requireNonNull(connection.get(0).value()),
                    connection.get(1).value(),
                    connection.get(2).value());
        }
        LintReport report = LintRuns.pending(migrator(settings), Map.of(), tracer);
        if (statsFrom != null) {
            report = TableStats.read(statsFrom, null, null).rank(report);
        }
        String text = Reports.text(report);
        if (report.hasErrors()) {
            text.lines().forEach(getLog()::error);
            throw new MojoFailureException("Lint found " + report.errors() + " error(s) in the pending migrations");
        }
        info(text);
    }
}
