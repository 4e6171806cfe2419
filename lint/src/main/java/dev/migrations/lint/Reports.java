package dev.migrations.lint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link LintReport} as text for people (one block per migration), as a JSON array of findings, and as SARIF 2.1.0
 * for code-scanning tools. The CLI, the Maven goal and the Boot startup check all print these, so they agree.
 *
 * @since 0.1.0
 */
public final class Reports {

    private Reports() {}

    /** One readable block per migration with findings, then measured facts, then a summary line. */
    public static String text(LintReport report) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<Finding>> entry : byFile(report.findings()).entrySet()) {
            out.append(block(entry.getKey(), entry.getValue()));
        }
        List<StatementTrace> measured =
                report.traces().stream().filter(StatementTrace::touchesExisting).toList();
        if (!measured.isEmpty()) {
            out.append("Measured on a scratch database:\n");
            measured.forEach((t) -> out.append("  ").append(t.describe()).append('\n'));
        }
        out.append(summary(report));
        return out.toString();
    }

    /** The findings of one migration file as one block, as logged at startup. */
    public static String block(String file, List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        out.append(file).append(": ").append(findings.size()).append(" finding(s)\n");
        for (Finding f : findings) {
            Rule rule = Rules.find(f.rule());
            out.append("  line ")
                    .append(f.line())
                    .append(' ')
                    .append(f.severity().id())
                    .append(" [")
                    .append(f.rule())
                    .append("] ")
                    .append(f.message())
                    .append('\n');
            if (rule != null && !rule.safe().isEmpty()) {
                out.append("    safe alternative: ")
                        .append(rule.safe().replace("\n", "\n      "))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** {@code 3 migration(s), 12 statement(s): 1 error(s), 2 warning(s), 1 suppressed}. */
    public static String summary(LintReport report) {
        return report.migrations() + " migration(s), " + report.statements() + " statement(s): " + report.errors()
                + " error(s), " + report.warnings() + " warning(s), "
                + report.suppressed().size() + " suppressed\n";
    }

    /** The findings grouped by file, in order. */
    public static Map<String, List<Finding>> byFile(List<Finding> findings) {
        Map<String, List<Finding>> files = new LinkedHashMap<>();
        for (Finding f : findings) {
            files.computeIfAbsent(f.file(), (k) -> new java.util.ArrayList<>()).add(f);
        }
        return files;
    }

    /**
     * One JSON array of findings, each with {@code rule}, {@code severity} ({@code error} or {@code warning}),
     * {@code file}, {@code line}, {@code message}, {@code version} and {@code table} ({@code null} when none); an
     * empty array when clean.
     */
    public static String json(LintReport report) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            out.append((i == 0) ? "\n  " : ",\n  ")
                    .append("{\"rule\": ")
                    .append(quote(f.rule()))
                    .append(", \"severity\": ")
                    .append(quote(f.severity().id()))
                    .append(", \"file\": ")
                    .append(quote(f.file()))
                    .append(", \"line\": ")
                    .append(f.line())
                    .append(", \"message\": ")
                    .append(quote(f.message()))
                    .append(", \"version\": ")
                    .append(quote(f.version()))
                    .append(", \"table\": ")
                    .append((f.table() != null) ? quote(f.table()) : "null")
                    .append('}');
        }
        return out.append(report.findings().isEmpty() ? "]" : "\n]")
                .append('\n')
                .toString();
    }

    /** A SARIF 2.1.0 log with one run: the catalogue as the tool's rules, the findings as results. */
    public static String sarif(LintReport report) {
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n")
                .append("  \"version\": \"2.1.0\",\n  \"runs\": [{\n")
                .append("    \"tool\": {\"driver\": {\"name\": \"migrations-lint\", \"rules\": [");
        List<Rule> rules = Rules.catalogue();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            out.append((i == 0) ? "\n      " : ",\n      ")
                    .append("{\"id\": ")
                    .append(quote(rule.id()))
                    .append(", \"shortDescription\": {\"text\": ")
                    .append(quote(rule.title()))
                    .append("}, \"fullDescription\": {\"text\": ")
                    .append(quote(rule.why()))
                    .append("}, \"help\": {\"text\": ")
                    .append(quote("Safe alternative:\n" + rule.safe()))
                    .append("}}");
        }
        out.append("\n    ]}},\n    \"results\": [");
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            out.append((i == 0) ? "\n      " : ",\n      ")
                    .append("{\"ruleId\": ")
                    .append(quote(f.rule()))
                    .append(", \"level\": ")
                    .append(quote(f.isError() ? "error" : "warning"))
                    .append(", \"message\": {\"text\": ")
                    .append(quote(f.message()))
                    .append("}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ")
                    .append(quote(uri(f.file())))
                    .append("}, \"region\": {\"startLine\": ")
                    .append(Math.max(1, f.line()))
                    .append("}}}]}");
        }
        return out.append("\n    ]\n  }]\n}\n").toString();
    }

    /** A file location as a SARIF URI: {@code filesystem:} and {@code classpath:} prefixes dropped. */
    private static String uri(String file) {
        return file.replaceFirst("^(filesystem|classpath):", "");
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
