package dev.migrations.cli;

import dev.migrations.core.ConnectionSetting;
import dev.migrations.core.Migrator;
import dev.migrations.lint.LintReport;
import dev.migrations.lint.LintRuns;
import dev.migrations.lint.LockTracer;
import dev.migrations.lint.Reports;
import dev.migrations.lint.TableStats;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The migration safety linter over the pending migrations; a thin translation of {@link LintRuns#pending}. */
@Command(
        name = "lint",
        description = "Check the pending migrations for statements that lock or rewrite busy tables; exit 1 on errors.")
final class LintCommand extends DatabaseCommand {

    @Option(names = "--json", description = "Print the findings as one JSON array (empty when clean)")
    boolean json;

    @Option(names = "--sarif", description = "Print the findings as SARIF 2.1.0")
    boolean sarif;

    @Option(
            names = "--trace",
            description = "Also replay the migrations on a scratch database (created on the same server and dropped)"
                    + " and report the locks, rewrites and full scans of each pending statement")
    boolean trace;

    @Option(
            names = "--stats-from",
            paramLabel = "URL",
            description = "Rank the findings by table size and writes, read over this (read-only) JDBC URL")
    @Nullable
    String statsFrom;

    @Override
    int run(Migrator migrator) {
        LockTracer tracer = null;
        if (trace) {
            List<ConnectionSetting> connection = settings().connection();
            tracer = LockTracer.create(
                    // the migrator's dataSource() refused a missing URL before this command ran
                    Objects.requireNonNull(connection.get(0).value()),
                    connection.get(1).value(),
                    connection.get(2).value());
        }
        LintReport report = LintRuns.pending(migrator, Map.of(), tracer);
        if (statsFrom != null) {
            report = TableStats.read(statsFrom, null, null).rank(report);
        }
        out().print(json ? Reports.json(report) : sarif ? Reports.sarif(report) : Reports.text(report));
        out().flush();
        return report.hasErrors() ? ExitCode.FAILED : ExitCode.OK;
    }
}
