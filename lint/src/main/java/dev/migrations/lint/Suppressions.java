package dev.migrations.lint;

import dev.migrations.core.MigrationScript;
import dev.migrations.core.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code -- migrations:allow <rule-id> <reason>} comments of one file. A comment above the first statement
 * applies to the whole file; any other applies to the statement it is written in, or to the next statement below it.
 */
final class Suppressions {

    /** The rule that reports a suppression without a reason or for an unknown rule. */
    static final String RULE = "invalid-suppression";

    private static final Pattern ALLOW = Pattern.compile("--\\s*migrations:allow\\b[ \\t]*(\\S*)[ \\t]*(.*)");

    private final List<Allow> allows;

    private final int firstLine;

    private final List<Integer> starts;

    private final List<Integer> ends;

    record Allow(int line, String rule, String reason) {}

    private Suppressions(List<Allow> allows, int firstLine, List<Integer> starts, List<Integer> ends) {
        this.allows = allows;
        this.firstLine = firstLine;
        this.starts = starts;
        this.ends = ends;
    }

    static Suppressions read(MigrationScript script) {
        List<Allow> allows = new ArrayList<>();
        String content = script.content();
        if (content.contains("migrations:allow")) {
            String[] lines = content.split("\\r\\n|\\r|\\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = ALLOW.matcher(lines[i]);
                if (m.find()) {
                    allows.add(new Allow(i + 1, m.group(1), m.group(2).strip()));
                }
            }
        }
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (SqlStatement statement : script.statements()) {
            starts.add(statement.line());
            ends.add(statement.line() + (int) statement.sql().lines().count() - 1);
        }
        int first = starts.isEmpty() ? Integer.MAX_VALUE : starts.get(0);
        return new Suppressions(allows, first, starts, ends);
    }

    /** Whether {@code rule} is allowed for the statement at index {@code statement}. */
    boolean allows(String rule, int statement) {
        for (Allow allow : allows) {
            if (allow.rule().equals(rule) && (allow.line() < firstLine || target(allow.line()) == statement)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the statement a comment on {@code line} belongs to: the one it is in, else the next one. */
    private int target(int line) {
        for (int k = 0; k < starts.size(); k++) {
            if (line >= starts.get(k) && line <= ends.get(k)) {
                return k;
            }
            if (starts.get(k) > line) {
                return k;
            }
        }
        return -1;
    }

    /** The suppressions that are findings themselves: no reason, or no such rule. */
    List<Allow> invalid() {
        return allows.stream()
                .filter((a) -> a.reason().isEmpty() || Rules.find(a.rule()) == null)
                .toList();
    }
}
