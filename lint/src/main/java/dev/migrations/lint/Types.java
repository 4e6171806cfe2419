package dev.migrations.lint;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Column type names normalised to one spelling, and which type changes PostgreSQL makes without a rewrite. */
final class Types {

    private static final Pattern LENGTH = Pattern.compile("(varchar|varbit|numeric)\\((\\d+)(?:,(\\d+))?\\)");

    private static final Set<String> SERIALS = Set.of("serial", "bigserial", "smallserial");

    private static final Set<String> SMALL_INTS = Set.of("int", "smallint", "serial", "smallserial");

    private Types() {}

    /** One spelling per type: {@code character varying(20)} is {@code varchar(20)}, {@code int4} is {@code int}. */
    static String normalize(String type) {
        String t = type.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s*([(),\\[\\]])\\s*", "$1");
        if (t.startsWith("pg_catalog.")) {
            t = t.substring("pg_catalog.".length());
        }
        t = t.replace("character varying", "varchar")
                .replace("bit varying", "varbit")
                .replace("double precision", "float8")
                .replace("timestamp with time zone", "timestamptz")
                .replace("timestamp without time zone", "timestamp")
                .replace("time with time zone", "timetz")
                .replace("time without time zone", "time");
        t = t.replaceAll("^timestamp\\((\\d)\\) ?with time zone", "timestamptz($1)")
                .replaceAll("^timestamp\\((\\d)\\) ?without time zone", "timestamp($1)");
        String base = t.replaceAll("[(\\[].*$", "");
        String rest = t.substring(base.length());
        base = switch (base) {
            case "integer", "int4" -> "int";
            case "int8" -> "bigint";
            case "int2" -> "smallint";
            case "serial4" -> "serial";
            case "serial8" -> "bigserial";
            case "serial2" -> "smallserial";
            case "decimal" -> "numeric";
            case "bool" -> "boolean";
            case "character", "bpchar" -> "char";
            default -> base;
        };
        return base + rest;
    }

    static String base(String normalized) {
        return normalized.replaceAll("[(\\[].*$", "");
    }

    static boolean isSerial(String normalized) {
        return SERIALS.contains(normalized);
    }

    /** A 32- or 16-bit integer, whose values run out long before a key's usually do. */
    static boolean isSmallInt(String normalized) {
        return SMALL_INTS.contains(normalized);
    }

    static boolean isJson(String normalized) {
        return base(normalized).equals("json");
    }

    static boolean isVarcharWithLength(String normalized) {
        return normalized.matches("varchar\\(\\d+\\)(\\[\\])?");
    }

    static boolean isTimestampWithoutZone(String normalized) {
        return base(normalized).equals("timestamp");
    }

    /** Whether a change goes between timestamp and timestamptz of the same precision. */
    static boolean isTimestampZoneSwitch(@Nullable String from, String to) {
        if (from == null) {
            return false;
        }
        String a = from.replace("timestamptz", "timestamp");
        String b = to.replace("timestamptz", "timestamp");
        return a.equals(b) && base(a).equals("timestamp") && !from.equals(to);
    }

    static boolean isChar(String normalized) {
        return base(normalized).equals("char");
    }

    /**
     * Whether changing a column from {@code from} to {@code to} keeps the table as it is (binary-coercible or a
     * widened limit, as documented for ALTER COLUMN TYPE); {@code from} unknown means we cannot tell, so no.
     */
    static boolean changeWithoutRewrite(@Nullable String from, String to) {
        if (from == null) {
            return false;
        }
        if (from.equals(to)) {
            return true;
        }
        String fromBase = base(from);
        String toBase = base(to);
        if ((fromBase.equals("varchar") || fromBase.equals("text")) && (to.equals("text") || to.equals("varchar"))) {
            return true; // dropping a length limit, or text <-> unlimited varchar: binary-coercible
        }
        if (fromBase.equals("varchar") && toBase.equals("varchar")) {
            return length(from, 2) >= 0 && length(to, 2) >= length(from, 2); // widening a limit: no rewrite
        }
        if (fromBase.equals("varbit")
                && (to.equals("varbit") || (toBase.equals("varbit") && length(to, 2) >= length(from, 2)))) {
            return true;
        }
        if (fromBase.equals("numeric") && toBase.equals("numeric")) {
            if (to.equals("numeric")) {
                return true; // unconstrained numeric holds every value as it is stored
            }
            return length(from, 3) == length(to, 3) && length(to, 2) >= length(from, 2);
        }
        return (from.equals("cidr") && to.equals("inet")) || (from.equals("xml") && to.equals("text"));
    }

    /** Group {@code group} of the length pattern as a number, 0 when the group is absent, -1 without a length. */
    private static int length(String normalized, int group) {
        Matcher m = LENGTH.matcher(normalized);
        if (!m.matches()) {
            return -1;
        }
        String value = m.group(group);
        return (value == null) ? 0 : Integer.parseInt(value);
    }
}
