package dev.migrations.core;

import java.util.Map;
import java.util.TreeSet;

/**
 * Replaces {@code ${name}} placeholders in a script's text, everywhere (strings and comments included, as Flyway
 * does). {@code $${name}} is the escape for a literal {@code ${name}}. One pass; replaced values are not scanned
 * again, so a value may itself contain {@code ${...}}.
 */
final class Placeholders {

    private Placeholders() {}

    /**
     * Replaces the placeholders of {@code sql}, whose first character is on line {@code firstLine} of
     * {@code scriptName}; returns {@code sql} itself when it contains no {@code ${}.
     */
    static String replace(String sql, Map<String, String> values, String scriptName, int firstLine) {
        int at = sql.indexOf("${");
        if (at < 0) {
            return sql; // fast path: most scripts have no placeholders
        }
        StringBuilder out = new StringBuilder(sql.length() + 64);
        int copied = 0;
        while (at >= 0) {
            int nameEnd = at + 2;
            while (nameEnd < sql.length() && isNameChar(sql.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == at + 2 || nameEnd >= sql.length() || sql.charAt(nameEnd) != '}') {
                at = sql.indexOf("${", at + 2); // not a placeholder (e.g. "${" in a regex): keep as written
                continue;
            }
            String name = sql.substring(at + 2, nameEnd);
            if (at > 0 && sql.charAt(at - 1) == '$') {
                out.append(sql, copied, at - 1).append("${").append(name).append('}'); // $${name}: escaped
            } else {
                String value = values.get(name);
                if (value == null) {
                    throw unresolved(sql, at, name, values, scriptName, firstLine);
                }
                out.append(sql, copied, at).append(value);
            }
            copied = nameEnd + 1;
            at = sql.indexOf("${", copied);
        }
        return out.append(sql, copied, sql.length()).toString();
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == ':';
    }

    private static MigrationException unresolved(
            String sql, int at, String name, Map<String, String> values, String scriptName, int firstLine) {
        int line = firstLine + SqlLexing.lineBreaks(sql, 0, at);
        int lineStart = Math.max(sql.lastIndexOf('\n', at), sql.lastIndexOf('\r', at)) + 1;
        int lineEnd = SqlLexing.lineEnd(sql, at);
        String known = values.isEmpty() ? "none" : String.join(", ", new TreeSet<>(values.keySet()));
        return MigrationException.builder(
                        ErrorCode.UNRESOLVED_PLACEHOLDER,
                        "Placeholder ${" + name + "} at line " + line + " has no value (known placeholders: " + known
                                + ")")
                .script(scriptName)
                .line(line)
                .statement(sql.substring(lineStart, lineEnd))
                .action("Set migrations.placeholders." + name
                        + " (or remove the placeholder); unresolved placeholders are never sent to the database.")
                .build();
    }
}
