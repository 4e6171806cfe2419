package dev.migrations.core;

import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Replaces {@code ${name}} placeholders in a script's text, everywhere (strings and comments included, as Flyway
 * does). The prefix and suffix are configurable as in Flyway ({@code migrations.placeholder-prefix},
 * {@code -suffix}); names are matched ignoring case, as Flyway does. {@code $${name}} (the escape, configurable, in
 * front of the prefix) keeps a literal {@code ${name}}. One pass; replaced values are not scanned again, so a value
 * may itself contain {@code ${...}}.
 */
final class Placeholders {

    /** Flyway's placeholder holding the name of the file being run; its value differs per file. */
    static final String FILENAME = "filename";

    private Placeholders() {}

    /**
     * How placeholders are written: {@code ${name}}, escaped as {@code $${name}}, by default; {@code names} spells the
     * option that gives them values in messages.
     */
    record Syntax(String prefix, String suffix, String escape, String separator, OptionNames names) {

        static final Syntax DEFAULT = new Syntax("${", "}", "$", ":", OptionNames.ENGINE);

        static Syntax of(MigrationsConfig config) {
            return new Syntax(
                    config.placeholderPrefix(),
                    config.placeholderSuffix(),
                    config.placeholderEscape(),
                    config.placeholderSeparator(),
                    config.optionNames());
        }
    }

    /**
     * Replaces the placeholders of {@code sql}, whose first character is on line {@code firstLine} of
     * {@code scriptName}; returns {@code sql} itself when it contains no {@code ${}.
     */
    static String replace(String sql, Map<String, String> values, String scriptName, int firstLine) {
        return replace(sql, values, Syntax.DEFAULT, scriptName, null, firstLine);
    }

    /**
     * Replaces the placeholders of {@code sql} written in {@code syntax}; {@code fileName} is the value of Flyway's
     * {@code flyway:filename} (null: none).
     */
    static String replace(
            String sql,
            Map<String, String> values,
            Syntax syntax,
            String scriptName,
            @Nullable String fileName,
            int firstLine) {
        String prefix = syntax.prefix();
        String suffix = syntax.suffix();
        String escape = syntax.escape();
        int at = sql.indexOf(prefix);
        if (at < 0) {
            return sql; // fast path: most scripts have no placeholders
        }
        StringBuilder out = new StringBuilder(sql.length() + 64);
        int copied = 0;
        while (at >= 0) {
            int nameStart = at + prefix.length();
            int nameEnd = nameStart;
            while (nameEnd < sql.length() && isNameChar(sql.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == nameStart || !sql.startsWith(suffix, nameEnd)) {
                at = sql.indexOf(prefix, nameStart); // not a placeholder (e.g. "${" in a regex): keep as written
                continue;
            }
            String name = sql.substring(nameStart, nameEnd);
            boolean escaped =
                    !escape.isEmpty() && at >= copied + escape.length() && sql.startsWith(escape, at - escape.length());
            if (escaped) {
                out.append(sql, copied, at - escape.length()).append(sql, at, nameEnd + suffix.length());
            } else {
                String value = lookup(values, name, syntax, fileName);
                if (value == null) {
                    throw unresolved(sql, at, name, values, syntax, scriptName, firstLine);
                }
                out.append(sql, copied, at).append(value);
            }
            copied = nameEnd + suffix.length();
            at = sql.indexOf(prefix, copied);
        }
        return out.append(sql, copied, sql.length()).toString();
    }

    /** The value of a name: exact first, then ignoring case as Flyway does; {@code flyway:filename} per file. */
    private static @Nullable String lookup(
            Map<String, String> values, String name, Syntax syntax, @Nullable String fileName) {
        String value = values.get(name);
        if (value != null) {
            return value;
        }
        if (fileName != null && name.equalsIgnoreCase("flyway" + syntax.separator() + FILENAME)) {
            return fileName;
        }
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == ':';
    }

    private static MigrationException unresolved(
            String sql,
            int at,
            String name,
            Map<String, String> values,
            Syntax syntax,
            String scriptName,
            int firstLine) {
        int line = firstLine + SqlLexing.lineBreaks(sql, 0, at);
        int lineStart = Math.max(sql.lastIndexOf('\n', at), sql.lastIndexOf('\r', at)) + 1;
        int lineEnd = SqlLexing.lineEnd(sql, at);
        // Flyway's built-in names are left out: they are always there, and listed in the docs
        TreeSet<String> names = new TreeSet<>();
        for (String key : values.keySet()) {
            if (!key.startsWith("flyway" + syntax.separator())) {
                names.add(key);
            }
        }
        String known = names.isEmpty() ? "none" : String.join(", ", names);
        return MigrationException.builder(
                        ErrorCode.UNRESOLVED_PLACEHOLDER,
                        "Placeholder " + syntax.prefix() + name + syntax.suffix() + " at line " + line
                                + " has no value (known placeholders: " + known + ")")
                .script(scriptName)
                .line(line)
                .statement(sql.substring(lineStart, lineEnd))
                .action("Set " + syntax.names().option(Option.PLACEHOLDERS) + "." + name
                        + " (or remove the placeholder); unresolved placeholders are never sent to the database.")
                .build();
    }
}
