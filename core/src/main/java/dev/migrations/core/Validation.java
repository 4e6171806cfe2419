package dev.migrations.core;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The checks run before migrating and by {@link Migrator#validate()}, each failing with its own error. */
final class Validation {

    private Validation() {}

    /** Throws for a failed row, a changed file, or (unless allowed) an out-of-order migration. */
    static void check(Plan plan, MigrationsConfig config, String table) {
        check(plan, config, table, null);
    }

    /** As {@link #check(Plan, MigrationsConfig, String)}; {@code history} writes the SQL that puts a row back. */
    static void check(Plan plan, MigrationsConfig config, String table, @Nullable SchemaHistory history) {
        check(plan, config, table, history, true);
    }

    /**
     * As above; without {@code underLock}, a no-transaction migration recorded as running may be running now. A
     * changed file is a problem only with {@link MigrationsConfig#validateOnMigrate()}; the kinds that are problems
     * are those {@link MigrationProblem.Kind#applies} names, as for {@link MigrationStatus#problems(boolean)}.
     */
    static void check(
            Plan plan, MigrationsConfig config, String table, @Nullable SchemaHistory history, boolean underLock) {
        OptionNames names = config.optionNames();
        checkFailed(plan, table, underLock, names);
        if (config.validateOnMigrate() && !plan.changed().isEmpty()) {
            throw checksumMismatch(plan, plan.changed());
        }
        if (MigrationProblem.Kind.OUT_OF_ORDER.applies(config.outOfOrder(), true)
                && !plan.outOfOrder().isEmpty()) {
            throw (history != null)
                    ? outOfOrder(plan, plan.outOfOrder().get(0), table, history, names)
                    : outOfOrder(plan, plan.outOfOrder().get(0), names);
        }
    }

    /**
     * A failed row blocks every run, whatever the settings: the schema is in an unknown state. So does a version
     * recorded twice: the history was edited, and which row is right is for a person to decide.
     */
    static void checkFailed(Plan plan, String table, OptionNames names) {
        checkFailed(plan, table, true, names);
    }

    /**
     * As {@link #checkFailed(Plan, String, OptionNames)}. A row of a no-transaction migration that says which statement runs is
     * another instance at work, unless this run holds the migration lock ({@code underLock}): then that run was
     * interrupted there.
     */
    static void checkFailed(Plan plan, String table, boolean underLock, OptionNames names) {
        if (!plan.duplicates().isEmpty()) {
            throw duplicate(plan, plan.duplicates().get(0), table);
        }
        List<HistoryRow> failed = plan.failed().stream()
                .filter((r) -> underLock || r.executionTime() >= 0)
                .toList();
        if (failed.isEmpty()) {
            return;
        }
        HistoryRow row = failed.get(0);
        if (row.executionTime() < 0) {
            int statement = -row.executionTime();
            String script = script(plan, row);
            throw MigrationException.builder(
                            ErrorCode.FAILED_MIGRATION_IN_HISTORY,
                            "An earlier run was interrupted in version " + row.version() + " (" + script
                                    + ") at statement " + statement + ": the migration runs without a transaction, and"
                                    + " its row in " + table + " (since " + row.installedOn() + ") still says"
                                    + " statement " + statement + " was running when that run ended without a word"
                                    + " (killed, or its connection cut).")
                    .script(script)
                    .rolledBack("nothing: "
                            + ((statement > 2)
                                    ? "statements 1 to " + (statement - 1) + " stayed applied, and statement "
                                            + statement + " may have taken effect"
                                    : (statement == 2)
                                            ? "statement 1 stayed applied, and statement 2 may have taken effect"
                                            : "statement 1 may have taken effect"))
                    .action("Check the schema and finish or undo version " + row.version() + "'s statements up to"
                            + " statement " + statement + " by hand (an interrupted CREATE INDEX CONCURRENTLY leaves"
                            + " an INVALID index: drop it with DROP INDEX CONCURRENTLY), then run repair"
                            + " (" + names.command(OptionNames.Command.REPAIR)
                            + ") to remove the row, and start again.")
                    .build();
        }
        ResolvedMigration local = plan.local(row.migrationVersion());
        if (local != null && local.runsInTransaction()) {
            // this engine never records a transactional migration as failed: a failure rolls it back, row included
            throw MigrationException.builder(
                            ErrorCode.FAILED_MIGRATION_IN_HISTORY,
                            "Migration " + plan.location(row) + " (version " + row.version()
                                    + ") is recorded as failed in "
                                    + table + " since " + row.installedOn() + ", but it runs in a transaction, so a"
                                    + " failure would have rolled it back and left no row: the row was written by"
                                    + " hand or by another tool.")
                    .script(plan.location(row))
                    .action("Check whether version " + row.version() + "'s changes are in the schema. If none are,"
                            + " run repair (" + names.command(OptionNames.Command.REPAIR)
                            + ") to remove the failed row and"
                            + " start again: the migration then runs. If all are, mark the row applied: UPDATE "
                            + table + " SET success = TRUE WHERE installed_rank = " + row.rank() + ".")
                    .build();
        }
        throw MigrationException.builder(
                        ErrorCode.FAILED_MIGRATION_IN_HISTORY,
                        "Migration " + plan.location(row)
                                + ((row.version() != null)
                                        ? " (version " + row.version() + ")"
                                        : " (repeatable migration \"" + row.description() + "\")")
                                + " is recorded as failed in " + table + " since "
                                + row.installedOn() + ".")
                .script(plan.location(row))
                .rolledBack("nothing: it ran without a transaction, so the statements before the failing one stayed"
                        + " applied")
                .action("Check the schema and finish or undo that migration's statements by hand, then run repair"
                        + " (" + names.command(OptionNames.Command.REPAIR) + ") to remove the failed row, and start"
                        + " again.")
                .build();
    }

    static MigrationException checksumMismatch(Plan plan, List<ResolvedMigration> changed) {
        ResolvedMigration first = changed.get(0);
        // a changed migration is one with a row of its version
        HistoryRow row = Objects.requireNonNull(plan.row(first.requireVersion()));
        String others = (changed.size() > 1)
                ? " (" + (changed.size() - 1) + " more changed: "
                        + String.join(
                                ", ",
                                changed.subList(1, changed.size()).stream()
                                        .map(ResolvedMigration::script)
                                        .toList())
                        + ")"
                : "";
        return MigrationException.builder(
                        ErrorCode.CHECKSUM_MISMATCH,
                        "Migration " + first.script()
                                + " (version " + first.version()
                                + ") changed after it was applied: checksum in database "
                                + row.checksum() + " (applied " + row.installedOn() + " by " + row.installedBy()
                                + "), checksum of the local file " + first.checksum() + "." + others)
                .script(first.script())
                .action("Restore the file to the content that was applied (for example with git log/checkout), and"
                        + " put further changes in a new migration. If the edit is intended and harmless (a comment,"
                        + " formatting), run repair to record the new checksum.")
                .build();
    }

    /**
     * Where a recorded migration is: its local file when there is one (the history's {@code script} column holds only
     * the name relative to its location, as Flyway writes it), else what the row says.
     */
    private static String script(Plan plan, HistoryRow row) {
        ResolvedMigration local = (row.version() != null) ? plan.local(row.version()) : null;
        return (local != null) ? local.script() : row.script();
    }

    static MigrationException duplicate(Plan plan, HistoryRow row, String table) {
        HistoryRow first = plan.rows().stream()
                .filter((r) -> r.isMigration() && r.migrationVersion().equals(row.version()))
                .findFirst()
                .orElseThrow();
        return MigrationException.builder(
                        ErrorCode.HISTORY_TABLE_ERROR,
                        "Version " + row.version() + " is recorded twice in " + table + " (installed_rank "
                                + first.rank() + " and " + row.rank() + "): the history was edited by hand or written"
                                + " by two tools.")
                .script(script(plan, row))
                .action("Check that version " + row.version() + " ran once, then delete the extra row (DELETE FROM "
                        + table + " WHERE installed_rank = " + row.rank() + ") and start again.")
                .build();
    }

    static MigrationException outOfOrder(
            Plan plan, ResolvedMigration migration, String table, SchemaHistory history, OptionNames names) {
        int deleted = plan.deletedRankFor(migration.requireVersion());
        if (deleted == 0) {
            return outOfOrder(plan, migration, names);
        }
        String allow = names.setting(Option.OUT_OF_ORDER, "true");
        String insert = history.insertSql(new HistoryRow(
                deleted,
                migration.version(),
                migration.description(),
                migration.type().name(),
                migration.script(),
                migration.checksum(),
                "repaired-by-hand",
                null,
                0,
                true));
        return MigrationException.builder(
                        ErrorCode.OUT_OF_ORDER,
                        "Migration " + migration.script() + " (version " + migration.version() + ") is not recorded"
                                + " in " + table + ", but installed_rank " + deleted + " is missing where it would"
                                + " be: its history row looks deleted by hand, not new.")
                .script(migration.script())
                .action("Do not set " + allow + " for this: it would run version " + migration.version()
                        + " again. If its changes are in the schema, put its row back: " + insert + "; if they are"
                        + " not, apply it once with " + allow + ".")
                .build();
    }

    static MigrationException outOfOrder(Plan plan, ResolvedMigration migration, OptionNames names) {
        // out of order means older than the newest applied version, so there is one
        HistoryRow newest = Objects.requireNonNull(plan.newest());
        return MigrationException.builder(
                        ErrorCode.OUT_OF_ORDER,
                        "Migration " + migration.script()
                                + " (version " + migration.version() + ") is pending but older than the newest applied"
                                + " version " + newest.version() + " (" + plan.location(newest) + ").")
                .script(migration.script())
                .action("This usually follows a merge of two branches. Give the migration a version above "
                        + newest.version() + ", or set " + names.setting(Option.OUT_OF_ORDER, "true")
                        + " to apply it anyway.")
                .build();
    }

    static MigrationException schemaNotEmpty(
            String schema, List<String> objects, String table, String baselineVersion, OptionNames names) {
        String listed = String.join(
                ", ",
                objects.stream().limit(5).map((name) -> "\"" + name + "\"").toList());
        return MigrationException.builder(
                        ErrorCode.SCHEMA_NOT_EMPTY,
                        "Schema \"" + schema + "\" is not empty (" + objects.size() + " table(s), view(s) or"
                                + " sequence(s): " + listed + ((objects.size() > 5) ? ", ..." : "")
                                + ") but has no history table " + table
                                + ": it is an existing database, and the migrations would run against objects they did"
                                + " not create.")
                .rolledBack("nothing: no migration ran")
                .action("If the schema already holds what the migrations up to version " + baselineVersion
                        + " create, record that instead of running them: start once with"
                        + " " + names.setting(Option.BASELINE_ON_MIGRATE, "true") + " ("
                        + names.setting(Option.BASELINE_VERSION, baselineVersion)
                        + " is the version it records), or run the baseline command once ("
                        + names.command(OptionNames.Command.BASELINE) + "). Otherwise set "
                        + names.option(Option.SCHEMA) + " to an empty schema.")
                .build();
    }

    static MigrationException invalidIndexes(String schema, List<String> indexes) {
        return MigrationException.builder(
                        ErrorCode.INVALID_INDEX,
                        "Schema \"" + schema + "\" has " + indexes.size() + " INVALID index(es): "
                                + String.join(", ", indexes) + ". A CREATE INDEX CONCURRENTLY failed and left"
                                + " it unusable, yet kept up to date on every write.")
                .action("Drop it with " + Failures.drops(indexes) + " Then build it again: repair and start again"
                        + " if a migration's build failed, or by hand otherwise.")
                .build();
    }

    static MigrationException pending(List<ResolvedMigration> pending, String table, OptionNames names) {
        ResolvedMigration first = pending.get(0);
        return MigrationException.builder(
                        ErrorCode.PENDING_MIGRATIONS,
                        pending.size()
                                + " migration(s) pending in " + table + ", starting with " + first.script()
                                + " (" + first.label() + ").")
                .script(first.script())
                .action("Apply them (" + names.command(OptionNames.Command.MIGRATE) + ") before "
                        + names.command(OptionNames.Command.VALIDATE) + ".")
                .build();
    }
}
