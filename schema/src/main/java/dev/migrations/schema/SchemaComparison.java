package dev.migrations.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Whether two snapshots describe the same schema and, if not, every difference by name: objects that are missing,
 * objects that are unexpected, and attributes (a column's type, a constraint's definition, a comment, ...) that
 * differ. Column order and extension versions are not compared.
 *
 * <pre>
 * SchemaComparison comparison = SchemaComparison.of(before, afterDowngrade);
 * assertThat(comparison.equal()).as(comparison.describe()).isTrue();
 * </pre>
 *
 * @param differences the differences, sorted by object
 * @since 0.1.0
 */
public record SchemaComparison(List<SchemaDifference> differences) {

    public SchemaComparison {
        differences = List.copyOf(differences);
    }

    /** Compares {@code actual} with {@code expected}; "missing" means in expected only, "unexpected" in actual only. */
    public static SchemaComparison of(SchemaSnapshot expected, SchemaSnapshot actual) {
        SortedMap<String, SortedMap<String, String>> want = SnapshotObjects.of(expected);
        SortedMap<String, SortedMap<String, String>> have = SnapshotObjects.of(actual);
        TreeSet<String> keys = new TreeSet<>(want.keySet());
        keys.addAll(have.keySet());
        List<SchemaDifference> differences = new ArrayList<>();
        for (String key : keys) {
            Map<String, String> wanted = want.get(key);
            Map<String, String> found = have.get(key);
            if (found == null) {
                wanted = Objects.requireNonNull(wanted); // the key is in one of the two
                String table = wanted.get(SnapshotObjects.TABLE);
                if (table != null && !have.containsKey(table)) {
                    continue; // its table is missing: that says it all
                }
                differences.add(new SchemaDifference(key, "missing"));
            } else if (wanted == null) {
                String table = found.get(SnapshotObjects.TABLE);
                if (table != null && !want.containsKey(table)) {
                    continue; // its table is unexpected
                }
                differences.add(new SchemaDifference(key, "unexpected"));
            } else {
                for (String attribute : wanted.keySet()) {
                    String w = wanted.get(attribute);
                    String f = found.get(attribute);
                    if (!Objects.equals(w, f)) {
                        differences.add(
                                new SchemaDifference(key, attribute + " is " + text(f) + ", expected " + text(w)));
                    }
                }
            }
        }
        return new SchemaComparison(differences);
    }

    /** Whether the two schemas are equal. */
    public boolean equal() {
        return differences.isEmpty();
    }

    /** {@code schemas are equal}, or the number of differences followed by one line per difference. */
    public String describe() {
        if (equal()) {
            return "schemas are equal";
        }
        return differences.size()
                + (differences.size() == 1 ? " difference:" : " differences:")
                + differences.stream().map(d -> "\n  " + d).collect(Collectors.joining());
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String text(@Nullable String value) {
        return value == null ? "none" : value.replaceAll("\\s+", " ").trim();
    }
}
