package dev.migrations.lint;

import java.util.List;

/**
 * What a lint run found.
 *
 * @param findings the findings, in migration and statement order
 * @param suppressed findings silenced by a {@code -- migrations:allow} comment (kept so reports can count them)
 * @param traces what lock tracing measured for each traced statement (empty when tracing did not run)
 * @param migrations how many migrations were analysed
 * @param statements how many statements they hold
 * @since 0.1.0
 */
public record LintReport(
        List<Finding> findings, List<Finding> suppressed, List<StatementTrace> traces, int migrations, int statements) {

    /** Copies the lists. */
    public LintReport {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        traces = List.copyOf(traces);
    }

    /** Whether any finding is an error: {@code migrations lint} then exits with 1. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** The number of error findings. */
    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    /** The number of warning findings. */
    public long warnings() {
        return findings.size() - errors();
    }

    /** This report with {@code traces} added. */
    public LintReport withTraces(List<StatementTrace> traces) {
        return new LintReport(findings, suppressed, traces, migrations, statements);
    }

    /** This report with the findings in {@code order} (for ranking by table size). */
    public LintReport withFindings(List<Finding> order) {
        return new LintReport(order, suppressed, traces, migrations, statements);
    }
}
