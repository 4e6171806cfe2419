package dev.migrations.lint;

import dev.migrations.core.MigrationScript;
import dev.migrations.core.MigrationScripts;
import dev.migrations.core.MigrationsConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules half of the linter: reads migrations as the engine does and reports what each analysed statement
 * risks. Needs no database. Immutable and safe to share.
 *
 * <pre>
 * LintReport report = Linter.create(LintConfig.defaults()).lint(MigrationScripts.read(config), Set.of("7", "8"));
 * </pre>
 *
 * @since 0.1.0
 */
public final class Linter {

    private final LintConfig config;

    private Linter(LintConfig config) {
        this.config = config;
    }

    /** A linter with {@code config}. */
    public static Linter create(LintConfig config) {
        return new Linter(java.util.Objects.requireNonNull(config, "config"));
    }

    /** The configuration. */
    public LintConfig config() {
        return config;
    }

    /**
     * Lints every SQL migration in {@code migrations}' locations: all of them are treated as one batch that has not
     * run yet.
     */
    public LintReport lint(MigrationsConfig migrations) {
        return lint(MigrationScripts.read(migrations), (version) -> true);
    }

    /**
     * Lints the migrations whose versions are in {@code analysed}; the others (usually the applied ones) are read
     * only to know the schema. Tables created by an analysed migration count as new for the statements after it.
     *
     * @param scripts every migration, in version order
     * @param analysed the versions to report on, such as the pending ones
     */
    public LintReport lint(List<MigrationScript> scripts, Set<String> analysed) {
        return lint(scripts, analysed::contains);
    }

    /** Lints the migrations whose version {@code analysed} accepts (see {@link #lint(List, Set)}). */
    public LintReport lint(List<MigrationScript> scripts, Predicate<String> analysed) {
        return lint(scripts, analysed, false);
    }

    /**
     * Lints every migration as if it were deployed on its own, after all the ones before it: only tables created in
     * the same migration count as new. This is how a history that was deployed one migration at a time is judged
     * (the crates.io corpus, for example).
     */
    public LintReport lintEach(List<MigrationScript> scripts) {
        return lint(scripts, (version) -> true, true);
    }

    private LintReport lint(List<MigrationScript> scripts, Predicate<String> analysed, boolean each) {
        Schema schema = new Schema();
        List<Finding> findings = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        int count = 0;
        int statements = 0;
        for (MigrationScript script : scripts) {
            boolean analyse = analysed.test(script.version());
            List<Stmt> parsed = script.statements().stream().map(Stmt::new).toList();
            if (analyse) {
                if (each) {
                    schema.forgetNew();
                }
                count++;
                statements += parsed.size();
                lintScript(script, parsed, schema, findings, suppressed);
            } else {
                parsed.forEach((s) -> schema.apply(s, false));
            }
        }
        return new LintReport(findings, suppressed, List.of(), count, statements);
    }

    private void lintScript(
            MigrationScript script,
            List<Stmt> parsed,
            Schema schema,
            List<Finding> findings,
            List<Finding> suppressed) {
        Suppressions suppressions = Suppressions.read(script);
        Rule invalid =
                Objects.requireNonNull(Rules.find(Suppressions.RULE), "the catalogue has no rule " + Suppressions.RULE);
        for (Suppressions.Allow allow : suppressions.invalid()) {
            Severity severity = config.severity(invalid);
            if (severity != Severity.OFF) {
                findings.add(new Finding(
                        invalid.id(),
                        severity,
                        script.version(),
                        script.location(),
                        allow.line(),
                        (Rules.find(allow.rule()) == null)
                                ? "Suppression of unknown rule '" + allow.rule() + "'; known rules: " + Rules.ids()
                                : "Suppression of " + allow.rule() + " gives no reason; write -- migrations:allow "
                                        + allow.rule() + " <why it is safe here>",
                        "-- migrations:allow " + allow.rule(),
                        null));
            }
        }
        boolean explicit = false;
        for (int i = 0; i < parsed.size(); i++) {
            Stmt stmt = parsed.get(i);
            if (!script.transactional()) {
                if (stmt.is(0, "begin") || stmt.seq(0, "start", "transaction")) {
                    explicit = true;
                } else if (Rules.isTransactionControl(stmt)) {
                    explicit = false;
                }
            }
            Context context = new Context(script, parsed, i, schema, config, explicit);
            for (Rule rule : Rules.catalogue()) {
                Severity severity = config.severity(rule);
                if (severity == Severity.OFF) {
                    continue;
                }
                rule.check(context);
                for (Context.Hit hit : context.hits) {
                    Finding finding = new Finding(
                            rule.id(),
                            severity,
                            script.version(),
                            script.location(),
                            stmt.statement.line(),
                            hit.message(),
                            stmt.statement.sql(),
                            hit.table());
                    (suppressions.allows(rule.id(), i) ? suppressed : findings).add(finding);
                }
                context.hits.clear();
            }
            schema.apply(stmt, true);
        }
    }
}
