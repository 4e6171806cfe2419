package dev.migrations.core;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
            ResolvedMigration migration = plan.local(row.migrationVersion());
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
            if (plan.changed().contains(migration)) {
                // the down part that would run is not the one that went with what was applied
                throw Validation.checksumMismatch(plan, List.of(migration));
            }
            if (!migration.reversible()) {
                throw MigrationException.builder(
                                ErrorCode.IRREVERSIBLE_MIGRATION,
                                "Cannot downgrade version "
                                        + row.version() + ": " + migration.script() + " has no down migration, so"
                                        + " nothing was undone.")
                        .script(migration.script())
                        .action(
                                (migration instanceof ResolvedMigration.Code)
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

    /** More steps than applied migrations: undo nothing rather than everything. */
    static MigrationException tooManySteps(int steps, List<HistoryRow> applied, String table, OptionNames names) {
        return MigrationException.builder(
                        ErrorCode.UNKNOWN_TARGET,
                        "Cannot downgrade " + steps + " steps: " + table + " records " + applied.size()
                                + " applied migration(s).")
                .rolledBack("nothing: no migration was undone")
                .action(
                        applied.isEmpty()
                                ? "Nothing is applied, so there is nothing to downgrade."
                                : "Give at most " + applied.size() + " steps, or downgrade to the target 'base'" + " ("
                                        + names.setting(Option.TARGET, "base") + ") to undo every migration.")
                .build();
    }

    /** A target that is neither applied nor local, or above the current version, is a mistake: undo nothing. */
    static void checkTarget(String target, Version version, Plan plan) {
        if (!plan.isKnown(version)) {
            throw MigrationException.builder(
                            ErrorCode.UNKNOWN_TARGET,
                            "Target version " + target + " is neither a local migration nor applied.")
                    .rolledBack("nothing: no migration was undone")
                    .action("Downgrade to an applied version, or to 'base' to undo every migration.")
                    .build();
        }
        if (plan.current() == null || version.compareTo(plan.current()) > 0) {
            throw MigrationException.builder(
                            ErrorCode.UNKNOWN_TARGET,
                            "Target version " + target + " is above the current version "
                                    + ((plan.current() != null) ? plan.current() : "<< empty >>")
                                    + ": a downgrade only goes down.")
                    .rolledBack("nothing: no migration was undone")
                    .action("Migrate to reach version " + target + ", or downgrade to a version below the current"
                            + " one.")
                    .build();
        }
    }

    /**
     * The downgrade was planned against {@code asked}; if another instance changed the applied migrations while it
     * waited for the lock, undoing what is there now would undo what nobody asked to undo.
     */
    static void checkUnchanged(List<HistoryRow> asked, List<HistoryRow> now, String table, java.time.Duration waited) {
        List<String> changes = new ArrayList<>();
        for (HistoryRow row : now) {
            if (asked.stream().noneMatch((a) -> same(a, row))) {
                changes.add("version " + row.version() + " (" + row.script() + ") was applied"
                        + ((row.installedBy() != null) ? " by " + row.installedBy() : ""));
            }
        }
        for (HistoryRow row : asked) {
            if (now.stream().noneMatch((n) -> same(n, row))) {
                changes.add("version " + row.version() + " (" + row.script() + ") was undone");
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        throw MigrationException.builder(
                        ErrorCode.HISTORY_CHANGED,
                        "The history in " + table + " changed while this downgrade waited " + waited.toMillis()
                                + " ms for the migration lock: " + String.join("; ", changes) + ".")
                .rolledBack("nothing: no migration was undone")
                .action("The downgrade was planned against the history as it was when it was asked for. Check the"
                        + " new state (the info command), then ask for the downgrade again if it is still wanted.")
                .build();
    }

    private static boolean same(HistoryRow a, HistoryRow b) {
        return a.rank() == b.rank()
                && java.util.Objects.equals(a.version(), b.version())
                && java.util.Objects.equals(a.checksum(), b.checksum());
    }

    /** The newest version still applied after undoing the first {@code count} of {@code applied} (newest first). */
    static @Nullable String versionAfter(List<HistoryRow> applied, int count) {
        @Nullable Version max = null;
        for (HistoryRow row : applied.subList(count, applied.size())) {
            Version version = row.migrationVersion();
            if (max == null || version.compareTo(max) > 0) {
                max = version;
            }
        }
        return (max != null) ? max.toString() : null;
    }
}
