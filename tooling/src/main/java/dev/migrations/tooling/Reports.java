package dev.migrations.tooling;

import dev.migrations.core.ExecutedMigration;
import dev.migrations.core.MigrationInfo;
import dev.migrations.core.MigrationResult;
import dev.migrations.core.MigrationState;
import dev.migrations.core.MigrationStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the read commands print, for people (tables) and for scripts (JSON). Shared by the command line and the Maven
 * plugin, so {@code migrations history} and {@code mvn migrations:info} show the same thing.
 *
 * @since 0.1.0
 */
public final class Reports {

    /** Text shown for the version of a schema where nothing is applied. */
    public static final String EMPTY = "<< empty >>";

    private Reports() {}

    /** One line: the current version, and {@code (head)} when nothing is pending, like {@code alembic current}. */
    public static String current(MigrationStatus status) {
        String version = (status.currentVersion() != null) ? status.currentVersion() : EMPTY;
        int pending = status.pending().size();
        return version + ((pending == 0) ? " (head)" : " (" + pending + " pending)");
    }

    /** The pending migrations, one per line, after a summary line. */
    public static String status(MigrationStatus status) {
        List<MigrationInfo> pending = status.pending();
        StringBuilder text = new StringBuilder()
                .append("Schema \"")
                .append(status.schema())
                .append("\" is at version ")
                .append((status.currentVersion() != null) ? status.currentVersion() : EMPTY)
                .append(": ")
                .append(pending.isEmpty() ? "up to date" : pending.size() + " pending")
                .append('\n');
        for (MigrationInfo m : pending) {
            text.append("  ")
                    .append(m.version())
                    .append("  ")
                    .append(m.description())
                    .append((m.state() == MigrationState.OUT_OF_ORDER) ? "  (out of order)" : "")
                    .append('\n');
        }
        for (MigrationInfo m : status.problems()) {
            if (m.state() != MigrationState.OUT_OF_ORDER) {
                text.append("  ")
                        .append(m.version())
                        .append("  ")
                        .append(state(m.state()))
                        .append(": ")
                        .append(m.script())
                        .append('\n');
            }
        }
        return text.toString();
    }

    /** Every migration in version order; {@code verbose} adds checksum, who, when and how long. */
    public static String history(MigrationStatus status, boolean verbose) {
        List<String[]> rows = new ArrayList<>();
        rows.add(
                verbose
                        ? new String[] {
                            "Version", "State", "Description", "Checksum", "Installed by", "Installed on", "Time"
                        }
                        : new String[] {"Version", "State", "Description"});
        for (MigrationInfo m : status.migrations()) {
            if (verbose) {
                rows.add(new String[] {
                    m.version(),
                    state(m.state()),
                    m.description(),
                    (m.checksum() != null) ? String.valueOf(m.checksum()) : "",
                    (m.installedBy() != null) ? m.installedBy() : "",
                    (m.installedOn() != null)
                            ? m.installedOn().toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z")
                            : "",
                    (m.executionTimeMillis() != null) ? m.executionTimeMillis() + " ms" : ""
                });
            } else {
                rows.add(new String[] {m.version(), state(m.state()), m.description()});
            }
        }
        return table(rows);
    }

    /** What a run did, for people. */
    public static String result(MigrationResult result) {
        String to = (result.finalVersion() != null) ? result.finalVersion() : EMPTY;
        String from = (result.initialVersion() != null) ? result.initialVersion() : EMPTY;
        return switch (result.operation()) {
            case MIGRATE ->
                result.executed().isEmpty()
                        ? "Schema \"" + result.schema() + "\" is up to date at version " + to + ".\n"
                        : "Upgraded schema \"" + result.schema() + "\" from version " + from + " to " + to + ": "
                                + result.executed().size() + " migration(s) applied in "
                                + result.total().toMillis()
                                + " ms.\n";
            case DOWNGRADE ->
                "Downgraded schema \"" + result.schema() + "\" from version " + from + " to " + to + ": "
                        + result.executed().size() + " migration(s) undone in "
                        + result.total().toMillis()
                        + " ms.\n";
            case BASELINE, REPAIR ->
                result.messages().isEmpty()
                        ? "Nothing to repair in schema \"" + result.schema() + "\".\n"
                        : String.join("\n", result.messages()) + "\n";
        };
    }

    /** A status as JSON-ready maps. */
    public static Map<String, Object> json(MigrationStatus status) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schema", status.schema());
        out.put("table", status.table());
        out.put("database", status.database());
        out.put("current", status.currentVersion());
        out.put("pending", status.pending().size());
        List<Object> migrations = new ArrayList<>();
        for (MigrationInfo m : status.migrations()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("version", m.version());
            one.put("description", m.description());
            one.put("type", m.type().name());
            one.put("script", m.script());
            one.put("state", state(m.state()));
            one.put("checksum", m.checksum());
            one.put("installedBy", m.installedBy());
            one.put("installedOn", (m.installedOn() != null) ? m.installedOn().toString() : null);
            one.put("executionTimeMillis", m.executionTimeMillis());
            one.put("reversible", m.reversible());
            migrations.add(one);
        }
        out.put("migrations", migrations);
        return out;
    }

    /** A run's result as JSON-ready maps. */
    public static Map<String, Object> json(MigrationResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("operation", result.operation().name().toLowerCase(Locale.ROOT));
        out.put("schema", result.schema());
        out.put("initialVersion", result.initialVersion());
        out.put("finalVersion", result.finalVersion());
        List<Object> executed = new ArrayList<>();
        for (ExecutedMigration m : result.executed()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("version", m.version());
            one.put("description", m.description());
            one.put("script", m.script());
            one.put("millis", m.duration().toMillis());
            executed.add(one);
        }
        out.put("executed", executed);
        out.put("totalMillis", result.total().toMillis());
        out.put("messages", result.messages());
        return out;
    }

    /** A state as printed: {@code CHECKSUM_MISMATCH} becomes {@code checksum_mismatch}. */
    public static String state(MigrationState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    private static String table(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i > 0 ? "  " : "").append(String.format("%-" + widths[i] + "s", row[i]));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
