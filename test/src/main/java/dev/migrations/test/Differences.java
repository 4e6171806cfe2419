package dev.migrations.test;

import dev.migrations.schema.SchemaComparison;
import dev.migrations.schema.SchemaDifference;
import dev.migrations.schema.SchemaSnapshot;
import dev.migrations.schema.SnapshotOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** Catalog snapshots of scratch databases, and their differences worded for a failed check. */
final class Differences {

    private Differences() {}

    /** The schema of {@code database}, without the history table (the engine's, not the migrations'). */
    static SchemaSnapshot snapshot(MigrationsKit kit, String database) {
        return snapshot(kit, kit.server().dataSource(database));
    }

    static SchemaSnapshot snapshot(MigrationsKit kit, DataSource database) {
        try (Connection connection = database.getConnection()) {
            return SchemaSnapshot.read(
                    connection,
                    SnapshotOptions.defaults().excludingTables(kit.config().table()));
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not read the catalog of a scratch database: " + ex.getMessage(), ex);
        }
    }

    /**
     * The qualified name in a difference's object, without its kind: {@code public.users.email} for {@code column
     * public.users.email}, {@code public.address} for {@code composite type public.address}.
     */
    static String name(String object) {
        for (String kind : new String[] {"composite type ", "range type "}) {
            if (object.startsWith(kind)) {
                return object.substring(kind.length());
            }
        }
        return object.substring(object.indexOf(' ') + 1);
    }

    /**
     * One line per difference, worded for a check that expected the schema of {@code expected} and found that of
     * {@code actual}: {@code column public.users.nickname: left by the down (not there before the up)}.
     */
    static String describe(SchemaComparison comparison, String actual, String expected) {
        return describe(comparison.differences(), actual, expected);
    }

    static String describe(List<SchemaDifference> differences, String actual, String expected) {
        // a table that is missing or left whole is one line, not one more per column and constraint
        Set<String> wholeTables = new HashSet<>();
        for (SchemaDifference difference : differences) {
            if (difference.object().startsWith("table ")
                    && !difference.description().contains(" is ")) {
                wholeTables.add(difference.object().substring("table ".length()) + ".");
            }
        }
        StringBuilder text = new StringBuilder();
        for (SchemaDifference difference : differences) {
            String object = difference.object();
            String name = name(object);
            if ((object.startsWith("column ") || object.startsWith("constraint "))
                    && wholeTables.stream().anyMatch(name::startsWith)) {
                continue;
            }
            String description = switch (difference.description()) {
                case "unexpected" -> "left by " + actual + " (not there " + expected + ")";
                case "missing" -> "gone after " + actual + " (there " + expected + ")";
                default ->
                    difference.description().replace(", expected ", " after " + actual + ", was ") + " " + expected;
            };
            text.append(difference.object()).append(": ").append(description).append('\n');
        }
        return text.toString();
    }
}
