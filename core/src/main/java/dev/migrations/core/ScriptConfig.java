package dev.migrations.core;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Flyway script configuration file ({@code V2__add_index.sql.conf} next to {@code V2__add_index.sql}): Java
 * properties that change how that one script runs. The keys Flyway knows are the keys accepted here; any other key
 * stops the start, as in Flyway, because a misspelt {@code executeInTransaction} would otherwise be silently ignored.
 *
 * @param executeInTransaction {@code false} runs the script without a transaction (as {@code -- migrate:no-transaction}
 *     does), {@code true} forces one; {@code null} when not set
 * @param placeholderReplacement whether placeholders are replaced in this script; {@code null}: the global setting
 * @param shouldExecute an expression ({@code true}, {@code false}, {@code A==B}, {@code A!=B}, combined with
 *     {@code &&}, {@code ||} and parentheses) evaluated after placeholder replacement; {@code null}: always
 * @param encoding the charset the script is written in; {@code null}: the global setting
 */
record ScriptConfig(
        @Nullable Boolean executeInTransaction,
        @Nullable Boolean placeholderReplacement,
        @Nullable String shouldExecute,
        @Nullable Charset encoding) {

    static final ScriptConfig NONE = new ScriptConfig(null, null, null, null);

    static final String SUFFIX = ".conf";

    /** Parses the text of a {@code .conf} file at {@code location}. */
    static ScriptConfig parse(String text, String location) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : text.split("\\R", -1)) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            int colon = trimmed.indexOf(':');
            int at = (equals < 0) ? colon : (colon < 0 ? equals : Math.min(equals, colon));
            if (at <= 0) {
                throw invalid(location, lineNumber, trimmed, "is not a key=value line");
            }
            values.put(
                    trimmed.substring(0, at).strip(), trimmed.substring(at + 1).strip());
        }
        @Nullable Boolean transaction = null;
        @Nullable Boolean placeholders = null;
        @Nullable String shouldExecute = null;
        @Nullable Charset encoding = null;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String value = entry.getValue();
            switch (entry.getKey()) {
                case "executeInTransaction" -> transaction = bool(location, entry.getKey(), value);
                case "placeholderReplacement" -> placeholders = bool(location, entry.getKey(), value);
                case "shouldExecute" -> shouldExecute = value;
                case "encoding" -> encoding = charset(location, value);
                default ->
                    throw MigrationException.builder(
                                    ErrorCode.INVALID_CONFIGURATION,
                                    "Script configuration file has an unknown key \"" + entry.getKey() + "\"")
                            .script(location)
                            .action("Use only executeInTransaction, placeholderReplacement, shouldExecute and encoding"
                                    + " in a script configuration file, or fix the key's spelling.")
                            .build();
            }
        }
        return new ScriptConfig(transaction, placeholders, shouldExecute, encoding);
    }

    /** Whether placeholders are replaced in this script: its own setting, else {@code global}. */
    boolean placeholderReplacement(boolean global) {
        Boolean own = placeholderReplacement;
        return (own != null) ? own : global;
    }

    private static Boolean bool(String location, String key, String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
            return Boolean.valueOf(lower);
        }
        throw MigrationException.builder(
                        ErrorCode.INVALID_CONFIGURATION,
                        "Script configuration " + key + " must be true or false, not \"" + value + "\"")
                .script(location)
                .action("Write " + key + "=true or " + key + "=false.")
                .build();
    }

    private static Charset charset(String location, String value) {
        try {
            return Charset.forName(value);
        } catch (IllegalArgumentException ex) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_CONFIGURATION,
                            "Script configuration encoding \"" + value + "\" is not a charset this JVM knows")
                    .script(location)
                    .action("Write a charset name such as UTF-8 or ISO-8859-1.")
                    .cause(ex)
                    .build();
        }
    }

    private static MigrationException invalid(String location, int line, String text, String problem) {
        return MigrationException.builder(
                        ErrorCode.INVALID_CONFIGURATION, "Script configuration line " + line + " " + problem)
                .script(location)
                .line(line)
                .statement(text)
                .action("Write one key=value per line, for example executeInTransaction=false.")
                .build();
    }

    /**
     * Evaluates {@link #shouldExecute} once placeholders are replaced in it; Flyway's grammar: {@code true},
     * {@code false}, {@code A==B}, {@code A!=B}, {@code &&}, {@code ||} and parentheses.
     */
    static boolean evaluate(String expression, String location) {
        ExpressionParser parser = new ExpressionParser(expression, location);
        boolean result = parser.or();
        parser.skipSpaces();
        if (parser.at < expression.length()) {
            throw parser.invalid();
        }
        return result;
    }

    /** A small recursive descent parser: or := and ('||' and)*; and := term ('&&' term)*; term := '(' or ')' | cmp. */
    private static final class ExpressionParser {

        private final String text;
        private final String location;
        private int at;

        ExpressionParser(String text, String location) {
            this.text = text;
            this.location = location;
        }

        boolean or() {
            boolean value = and();
            while (consume("||")) {
                value = and() | value;
            }
            return value;
        }

        boolean and() {
            boolean value = term();
            while (consume("&&")) {
                value = term() & value;
            }
            return value;
        }

        boolean term() {
            if (consume("(")) {
                boolean value = or();
                if (!consume(")")) {
                    throw invalid();
                }
                return value;
            }
            skipSpaces();
            int start = at;
            while (at < text.length() && !startsWithOperator()) {
                at++;
            }
            String operand = text.substring(start, at).strip();
            if (consume("==")) {
                return operand.equals(operandEnd());
            }
            if (consume("!=")) {
                return !operand.equals(operandEnd());
            }
            if (operand.equalsIgnoreCase("true")) {
                return true;
            }
            if (operand.equalsIgnoreCase("false")) {
                return false;
            }
            throw invalid();
        }

        private String operandEnd() {
            int start = at;
            while (at < text.length() && !startsWithOperator()) {
                at++;
            }
            return text.substring(start, at).strip();
        }

        private boolean startsWithOperator() {
            return text.startsWith("==", at)
                    || text.startsWith("!=", at)
                    || text.startsWith("&&", at)
                    || text.startsWith("||", at)
                    || text.charAt(at) == '('
                    || text.charAt(at) == ')';
        }

        private boolean consume(String token) {
            skipSpaces();
            if (text.startsWith(token, at)) {
                at += token.length();
                return true;
            }
            return false;
        }

        void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        MigrationException invalid() {
            return MigrationException.builder(
                            ErrorCode.INVALID_CONFIGURATION,
                            "Script configuration shouldExecute=" + text + " is not an expression (at character "
                                    + (at + 1) + ")")
                    .script(location)
                    .action("Write true, false, A==B or A!=B, combined with &&, || and parentheses, for example"
                            + " shouldExecute=${environment}==production.")
                    .build();
        }
    }
}
