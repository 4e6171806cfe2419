package dev.migrations.test;

import dev.migrations.core.MigrationException;
import dev.migrations.core.MigrationInfo;
import dev.migrations.core.MigrationState;
import dev.migrations.core.MigrationStatus;
import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import java.util.List;

/**
 * The lineage checks that need a history: the files compared with what a reference database (a copy of production,
 * staging) has applied. The rules are the engine's own ({@link MigrationStatus#problems()}), read without a lock and
 * without writing anything.
 */
final class Lineage {

    /** States that mean the files no longer describe what the reference database went through. */
    private static final List<MigrationState> BROKEN = List.of(
            MigrationState.CHECKSUM_MISMATCH,
            MigrationState.MISSING_LOCALLY,
            MigrationState.FAILED,
            MigrationState.OUT_OF_ORDER);

    private Lineage() {}

    static void checkAgainst(Server reference, String url, MigrationsConfig config, List<MigrationInfo> local) {
        MigrationStatus status;
        try {
            status =
                    Migrator.create(reference.dataSource(database(url)), config).info();
        } catch (MigrationException ex) {
            throw MigrationAssertionError.builder("lineage", "the reference database cannot be read.")
                    .cause(ex)
                    .build();
        }
        List<MigrationInfo> broken = status.migrations().stream()
                .filter((m) -> BROKEN.contains(m.state()))
                .filter((m) -> m.state() != MigrationState.OUT_OF_ORDER || !config.outOfOrder())
                .toList();
        if (broken.isEmpty()) {
            return;
        }
        MigrationInfo first = broken.get(0);
        StringBuilder lines = new StringBuilder();
        for (MigrationInfo m : broken) {
            lines.append("V")
                    .append(m.version())
                    .append(' ')
                    .append(m.script())
                    .append(": ")
                    .append(explain(m.state()));
            lines.append('\n');
        }
        throw MigrationAssertionError.builder(
                        "lineage",
                        broken.size() + " migration(s) do not match what " + Redaction.url(url) + " has applied.")
                .migration(first)
                .difference(lines.toString())
                .action(action(first.state()))
                .build();
    }

    /** The versions not applied yet on the reference database. */
    static java.util.Set<String> pendingOn(Server reference, String url, MigrationsConfig config) {
        try {
            return Migrator.create(reference.dataSource(database(url)), config).info().pending().stream()
                    .map(MigrationInfo::version)
                    .collect(java.util.stream.Collectors.toSet());
        } catch (MigrationException ex) {
            throw MigrationAssertionError.builder("safety", "the reference database cannot be read.")
                    .cause(ex)
                    .build();
        }
    }

    private static String explain(MigrationState state) {
        return switch (state) {
            case CHECKSUM_MISMATCH -> "the file changed after it was applied";
            case MISSING_LOCALLY -> "applied, but the file is gone";
            case FAILED -> "recorded as failed halfway";
            case OUT_OF_ORDER -> "not applied, but older than the newest applied migration";
            default -> state.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String action(MigrationState state) {
        return switch (state) {
            case CHECKSUM_MISMATCH -> "Restore the applied file and put the change in a new migration.";
            case MISSING_LOCALLY -> "Restore the file; applied migrations stay in the history.";
            case FAILED -> "Fix the database by hand and run repair.";
            case OUT_OF_ORDER ->
                "Give the new migration a version above the newest applied one, or allow" + " migrations.out-of-order.";
            default -> "Run validate against the reference database.";
        };
    }

    /** The database name a JDBC URL points at. */
    static String database(String url) {
        String rest = url.substring(url.indexOf("//") + 2);
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return "postgres";
        }
        String name = rest.substring(slash + 1);
        int question = name.indexOf('?');
        return (question < 0) ? name : name.substring(0, question);
    }
}
