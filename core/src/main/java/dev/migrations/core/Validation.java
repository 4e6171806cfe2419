package dev.migrations.core;

import java.util.List;

/** The checks run before migrating and by {@link Migrator#validate()}, each failing with its own error. */
final class Validation {

    private Validation() {}

    /** Throws for a failed row, a changed file, or (unless allowed) an out-of-order migration. */
    static void check(Plan plan, MigrationsConfig config, String table) {
        checkFailed(plan, table);
        if (!plan.changed().isEmpty()) {
            throw checksumMismatch(plan, plan.changed());
        }
        if (!config.outOfOrder() && !plan.outOfOrder().isEmpty()) {
            throw outOfOrder(plan, plan.outOfOrder().get(0));
        }
    }

    /** A failed row blocks every run, whatever the settings: the schema is in an unknown state. */
    static void checkFailed(Plan plan, String table) {
        if (plan.failed().isEmpty()) {
            return;
        }
        HistoryRow row = plan.failed().get(0);
        throw MigrationException.builder(
                        ErrorCode.FAILED_MIGRATION_IN_HISTORY,
                        "Migration " + row.script()
                                + " (version " + row.version() + ") is recorded as failed in " + table + " since "
                                + row.installedOn() + ".")
                .script(row.script())
                .rolledBack("nothing: it ran without a transaction, so the statements before the failing one stayed"
                        + " applied")
                .action("Check the schema and finish or undo that migration's statements by hand, then run repair"
                        + " (Migrator.repair(), or migrations.mode=repair) to remove the failed row, and start"
                        + " again.")
                .build();
    }

    static MigrationException checksumMismatch(Plan plan, List<ResolvedMigration> changed) {
        ResolvedMigration first = changed.get(0);
        HistoryRow row = plan.row(first.version());
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

    static MigrationException outOfOrder(Plan plan, ResolvedMigration migration) {
        HistoryRow newest = plan.newest();
        return MigrationException.builder(
                        ErrorCode.OUT_OF_ORDER,
                        "Migration " + migration.script()
                                + " (version " + migration.version() + ") is pending but older than the newest applied"
                                + " version " + newest.version() + " (" + newest.script() + ").")
                .script(migration.script())
                .action("This usually follows a merge of two branches. Give the migration a version above "
                        + newest.version() + ", or set migrations.out-of-order=true to apply it anyway.")
                .build();
    }

    static MigrationException schemaNotEmpty(
            String schema, List<String> objects, String table, String baselineVersion) {
        String names = String.join(
                ", ",
                objects.stream().limit(5).map((name) -> "\"" + name + "\"").toList());
        return MigrationException.builder(
                        ErrorCode.SCHEMA_NOT_EMPTY,
                        "Schema \"" + schema + "\" is not empty (" + objects.size() + " table(s), view(s) or"
                                + " sequence(s): " + names + ((objects.size() > 5) ? ", ..." : "")
                                + ") but has no history table " + table
                                + ": it is an existing database, and the migrations would run against objects they did"
                                + " not create.")
                .rolledBack("nothing: no migration ran")
                .action("If the schema already holds what the migrations up to version " + baselineVersion
                        + " create, record that instead of running them: start once with"
                        + " migrations.baseline-on-migrate=true (migrations.baseline-version=" + baselineVersion
                        + " is the version it records), or run the baseline command once (migrations.mode=baseline,"
                        + " or Migrator.baseline()). Otherwise set migrations.schema to an empty schema.")
                .build();
    }

    static MigrationException pending(List<ResolvedMigration> pending, String table) {
        ResolvedMigration first = pending.get(0);
        return MigrationException.builder(
                        ErrorCode.PENDING_MIGRATIONS,
                        pending.size()
                                + " migration(s) pending in " + table + ", starting with " + first.script()
                                + " (version "
                                + first.version() + ").")
                .script(first.script())
                .action("Apply them (run the application with migrations.mode=migrate, or the migrate-and-exit job)"
                        + " before starting in validate mode.")
                .build();
    }
}
