package dev.migrations.lint;

import dev.migrations.core.MigrationScript;
import dev.migrations.core.MigrationScripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds migration lists from SQL text for the tests: V1 is the example schema, the parts follow as V2, V3, ... */
final class Scripts {

    static final String NEXT = "-- next migration";

    private Scripts() {}

    /** The text's migrations ({@code -- next migration} separates them), after V1 = {@link Rules#EXAMPLE_SCHEMA}. */
    static List<MigrationScript> afterExampleSchema(String sql) {
        List<MigrationScript> scripts = new ArrayList<>();
        scripts.add(MigrationScripts.parse("1", "V1__example_schema.sql", Rules.EXAMPLE_SCHEMA));
        scripts.addAll(of(2, sql));
        return scripts;
    }

    /** The migrations of {@code sql}, numbered from {@code first}. */
    static List<MigrationScript> of(int first, String sql) {
        List<MigrationScript> scripts = new ArrayList<>();
        int version = first;
        for (String part : parts(sql)) {
            scripts.add(MigrationScripts.parse(String.valueOf(version), "V" + version + "__part.sql", part));
            version++;
        }
        return scripts;
    }

    static List<String> parts(String sql) {
        return List.of(sql.split("\\n" + NEXT + "\\n"));
    }

    /** Lints {@code sql} after the example schema, analysing everything but V1. */
    static LintReport lint(LintConfig config, String sql) {
        return Linter.create(config).lint(afterExampleSchema(sql), (v) -> !v.equals("1"));
    }

    static LintReport lint(String sql) {
        return lint(LintConfig.defaults(), sql);
    }

    static Set<String> rules(LintReport report) {
        Set<String> ids = new java.util.TreeSet<>();
        report.findings().forEach((f) -> ids.add(f.rule()));
        return ids;
    }
}
