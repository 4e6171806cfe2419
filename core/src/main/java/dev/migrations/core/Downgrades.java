package dev.migrations.core;

import java.util.ArrayList;
import java.util.List;

/** Checks a whole downgrade before any of it runs, so that it never stops halfway on a known obstacle. */
final class Downgrades {

    private Downgrades() {}

    static List<ResolvedMigration> check(Plan plan, List<HistoryRow> undo, Session session) {
        List<ResolvedMigration> migrations = new ArrayList<>();
        for (HistoryRow row : undo) {
            if (row.isBaseline()) {
                throw MigrationException.builder(
                                ErrorCode.IRREVERSIBLE_MIGRATION,
                                "Cannot downgrade below the"
                                        + " baseline at version " + row.version() + ": nothing below it was run by"
                                        + " migrations.")
                        .action("Downgrade to version " + row.version() + " at most.")
                        .build();
            }
            ResolvedMigration migration = plan.local(row.version());
            if (migration == null) {
                throw MigrationException.builder(
                                ErrorCode.MISSING_LOCALLY,
                                "Cannot downgrade version "
                                        + row.version() + " (" + row.script() + "): the migration is no longer found"
                                        + " locally.")
                        .script(row.script())
                        .action("Restore the file (with its -- migrate:down part or U file) to downgrade past it.")
                        .build();
            }
            if (!migration.reversible()) {
                throw MigrationException.builder(
                                ErrorCode.IRREVERSIBLE_MIGRATION,
                                "Cannot downgrade version "
                                        + row.version() + ": " + migration.script() + " has no down migration, so"
                                        + " nothing was undone.")
                        .script(migration.script())
                        .action(
                                (migration.java() != null)
                                        ? "Implement down() and reversible() in " + migration.script() + "."
                                        : "Add a '-- migrate:down' section to the file (or a U" + row.version()
                                                + "__<description>.sql file) that undoes it, or downgrade to version "
                                                + row.version() + " at most.")
                        .build();
            }
            migrations.add(migration);
        }
        return migrations;
    }

    /** The newest version still applied after undoing the first {@code count} of {@code applied} (newest first). */
    static String versionAfter(List<HistoryRow> applied, int count) {
        Version max = null;
        for (HistoryRow row : applied.subList(count, applied.size())) {
            if (max == null || row.version().compareTo(max) > 0) {
                max = row.version();
            }
        }
        return (max != null) ? max.toString() : null;
    }
}
