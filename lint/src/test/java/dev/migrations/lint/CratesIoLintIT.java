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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
        StringBuilder table = new StringBuilder("| rule | findings |\n| --- | --- |\n");
        counts(report)
                .forEach((rule, count) -> table.append("| `")
                        .append(rule)
                        .append("` | ")
                        .append(count)
                        .append(" |\n"));
        assertThat(table.toString()).as("the corpus section of docs/lint.md").isEqualTo(documented("corpus"));
    }

    @Test
    void rulesOverTheCorpusTakeLessThanOneSecond() throws IOException {
        Path set = Corpus.cratesIo();
        List<String[]> files = new ArrayList<>(); // version, name, text: read before the clock starts
        for (MigrationScript script : scripts) {
            files.add(new String[] {script.version(), script.location(), script.content()});
        }
        Linter linter = Linter.create(LintConfig.defaults());
        long best = Long.MAX_VALUE;
        long first = 0;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            List<MigrationScript> parsed = new ArrayList<>();
            for (String[] file : files) {
                parsed.add(MigrationScripts.parse(file[0], file[1], file[2]));
            }
            LintReport report = linter.lintEach(parsed);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(report.migrations()).isEqualTo(285);
            first = (run == 0) ? millis : first;
            best = Math.min(best, millis);
        }
        System.out.println("RULES parse+lint of 285 migrations: first run " + first + " ms, best of 3 " + best + " ms");
        assertThat(set).exists();
        assertThat(best).isLessThan(1000);
    }

    /** The text between {@code <!-- name:start -->} and {@code <!-- name:end -->} in docs/lint.md. */
    static String documented(String name) {
        try {
            String page = Files.readString(Path.of("..", "docs", "lint.md"), StandardCharsets.UTF_8);
            int start = page.indexOf("<!-- " + name + ":start -->\n");
            int end = page.indexOf("<!-- " + name + ":end -->");
            assertThat(start).as("docs/lint.md has the section " + name).isNotNegative();
            return page.substring(start + ("<!-- " + name + ":start -->\n").length(), end);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /**
     * Rules and measurements agree on the whole corpus: the statements the rules say rewrite a table are exactly the
     * ones that rewrote one on the scratch database, every SET NOT NULL flagged scanned its table, and every CREATE
     * INDEX flagged held SHARE on it.
     */
    @Test
    void tracingTheCorpusTakesLessThanAMinuteAndConfirmsTheRules() {
        LockTracer tracer = LockTracer.create(db.server().jdbcUrl("postgres"), db.user(), db.password());
        long start = System.nanoTime();
        List<StatementTrace> traces = tracer.traceEach(scripts);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("TRACE " + millis + " ms, " + traces.size() + " statements");
        assertThat(traces.stream().filter((t) -> t.error() != null)).isEmpty();
        assertThat(millis).isLessThan(60_000);

        LintReport report = Linter.create(LintConfig.defaults()).lintEach(scripts);
        Set<String> rewrites = report.findings().stream()
                .filter((f) -> Set.of("column-type-change", "add-column-volatile-default", "vacuum-full-or-cluster")
                        .contains(f.rule()))
                .map((f) -> f.file() + ":" + f.line())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> rewritten = traces.stream()
                .filter((t) -> t.rewritten().stream().anyMatch((r) -> r.startsWith("table ")))
                .map((t) -> t.file() + ":" + t.line())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rewrites).isNotEmpty().isEqualTo(rewritten);
        Map<String, StatementTrace> byStatement = new TreeMap<>();
        traces.forEach((t) -> byStatement.put(t.file() + ":" + t.line(), t));
        for (Finding f : report.findings()) {
            StatementTrace t = byStatement.get(f.file() + ":" + f.line());
            if (f.rule().equals("set-not-null")) {
                assertThat(t.scanned()).as(f.toString()).contains("table " + f.table());
            }
            if (f.rule().equals("index-not-concurrent")) {
                assertThat(t.locks()) // a table or a materialized view
                        .as(f.toString())
                        .anyMatch((l) -> l.startsWith("SHARE on ") && l.endsWith(" " + f.table()));
            }
        }
    }
}
