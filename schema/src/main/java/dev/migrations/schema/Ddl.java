package dev.migrations.schema;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Statement text for snapshot objects, in the form {@code pg_dump} would write it. */
final class Ddl {

    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");

    private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d+),(\\d+)\\)");

    /** Type changes that keep every value; any other change is marked destructive. */
    private static final List<List<String>> WIDENINGS = List.of(
            List.of("smallint", "integer"),
            List.of("smallint", "bigint"),
            List.of("integer", "bigint"),
            List.of("real", "double precision"),
            List.of("character varying", "text"),
            List.of("timestamp without time zone", "timestamp with time zone"));

    private Ddl() {}

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static String column(Column c) {
        StringBuilder sql = new StringBuilder(Names.quote(c.name())).append(' ').append(c.type());
        if (c.collation() != null) {
            sql.append(" COLLATE ").append(c.collation());
        }
        if (c.generatedExpression() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(c.generatedExpression()).append(") STORED");
        } else if (c.identity() != null) {
            sql.append(" GENERATED ").append(c.identity()).append(" AS IDENTITY");
        } else if (c.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(c.defaultExpression());
        }
        if (c.notNull()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    static String createTable(Table table) {
        return "CREATE " + (table.unlogged() ? "UNLOGGED " : "") + "TABLE " + table.qualifiedName() + " ("
                + table.columns().values().stream()
                        .map(c -> "\n    " + column(c))
                        .collect(Collectors.joining(","))
                + (table.columns().isEmpty() ? "" : "\n") + ")";
    }

    static String createSequence(Sequence s) {
        return "CREATE SEQUENCE " + s.qualifiedName() + sequenceOptions(s);
    }

    static String sequenceOptions(Sequence s) {
        return " AS " + s.type() + " INCREMENT BY " + s.increment() + " MINVALUE " + s.min() + " MAXVALUE " + s.max()
                + " START WITH " + s.start() + " CACHE " + s.cache() + (s.cycle() ? " CYCLE" : " NO CYCLE");
    }

    static String createEnum(String qualifiedName, List<String> labels) {
        return "CREATE TYPE " + qualifiedName + " AS ENUM ("
                + labels.stream().map(Ddl::literal).collect(Collectors.joining(", ")) + ")";
    }

    static String createView(View view) {
        String query = view.definition().strip();
        if (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1);
        }
        return "CREATE " + (view.materialized() ? "MATERIALIZED " : "") + "VIEW " + view.qualifiedName() + " AS\n"
                + query;
    }

    static String dropView(View view) {
        return "DROP " + (view.materialized() ? "MATERIALIZED " : "") + "VIEW " + view.qualifiedName();
    }

    /** {@code pg_get_indexdef}'s statement, made concurrent when asked. */
    static String createIndex(Index index, boolean concurrently) {
        String definition = index.definition();
        if (!concurrently) {
            return definition;
        }
        int at = definition.indexOf("INDEX ") + "INDEX ".length();
        return definition.substring(0, at) + "CONCURRENTLY " + definition.substring(at);
    }

    /** Whether every value of type {@code from} fits {@code to} unchanged. */
    static boolean widens(String from, String to) {
        if (WIDENINGS.contains(List.of(base(from), to)) || (from.startsWith("character") && to.equals("text"))) {
            return true;
        }
        Matcher f = VARCHAR.matcher(from);
        Matcher t = VARCHAR.matcher(to);
        if (f.matches()) {
            return to.equals("character varying")
                    || (t.matches() && Integer.parseInt(t.group(1)) >= Integer.parseInt(f.group(1)));
        }
        Matcher fn = NUMERIC.matcher(from);
        Matcher tn = NUMERIC.matcher(to);
        if (fn.matches()) {
            return to.equals("numeric")
                    || (tn.matches()
                            && fn.group(2).equals(tn.group(2))
                            && Integer.parseInt(tn.group(1)) >= Integer.parseInt(fn.group(1)));
        }
        return false;
    }

    private static String base(String type) {
        int paren = type.indexOf('(');
        return paren < 0 ? type : type.substring(0, paren);
    }
}
