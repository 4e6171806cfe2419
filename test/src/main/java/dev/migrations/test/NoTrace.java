package dev.migrations.test;

import dev.migrations.core.Direction;
import dev.migrations.core.MigrationException;
import dev.migrations.core.MigrationInfo;
import dev.migrations.core.Migrator;
import dev.migrations.schema.SchemaComparison;
import dev.migrations.schema.SchemaDifference;
import dev.migrations.schema.SchemaSnapshot;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Downgrade leaves no trace (pytest-alembic's experimental test, made exact by the catalog comparison): apply every
 * migration, undo them all, and compare the schema with the one before. What a migration keeps on purpose (an
 * extension other schemas use, an audit table) is declared with {@code keep}; the history table's own schema stays.
 */
final class NoTrace {

    private NoTrace() {}

    static void check(MigrationsKit kit) {
        List<MigrationInfo> migrations = kit.migrations();
        if (migrations.isEmpty()) {
            return;
        }
        int first = (kit.minimumDowngradeVersion() != null)
                ? Versions.countBelow(migrations, kit.minimumDowngradeVersion())
                : 0;
        String database = kit.cloneAt(first);
        try {
            SchemaSnapshot before = Differences.snapshot(kit, database);
            Migrator migrator = Migrator.create(kit.server().dataSource(database), kit.config());
            try {
                migrator.migrate();
            } catch (MigrationException ex) {
                throw fail(kit, ex, Direction.UP, "applying every migration stopped.");
            }
            String target = (first == 0) ? "base" : Versions.of(migrations.get(first - 1));
            try {
                migrator.downgradeTo(target);
            } catch (MigrationException ex) {
                // the downgrade stops at the first failure: the full rollback goes on past each one and explains it
                FullRollback rollback = Rollback.run(kit);
                MigrationAssertionError.Builder failure = MigrationAssertionError.builder(
                                "no trace", "undoing every migration stopped.")
                        .migration(kit.find(ex.script()))
                        .direction(Direction.DOWN)
                        .cause(ex);
                if (!rollback.failures().isEmpty()) {
                    failure.rollback(describe(rollback))
                            .action("Fix the down parts named under 'to fix' (a failure explained by an earlier"
                                    + " down part goes away when that one restores the schema exactly), or set"
                                    + " minimumDowngradeVersion above the newest of them.");
                }
                throw failure.build();
            }
            List<SchemaDifference> left =
                    SchemaComparison.of(before, Differences.snapshot(kit, database)).differences().stream()
                            .filter((difference) -> !kept(kit, difference))
                            .toList();
            if (!left.isEmpty()) {
                String range =
                        (first == 0) ? "every migration" : "every migration from V" + kit.minimumDowngradeVersion();
                throw MigrationAssertionError.builder(
                                "no trace",
                                "applying and undoing " + range + " left " + left.size() + " difference(s) in the"
                                        + " schema.")
                        .direction(Direction.DOWN)
                        .difference(Differences.describe(
                                left, "the downgrade", (first == 0) ? "in the empty database" : "before the upgrade"))
                        .action("Make the down parts drop what their up parts create (the stairway names the"
                                + " migration), or declare what stays on purpose with keep, for example"
                                + " @MigrationsTest(keep = \"" + left.get(0).object() + "\").")
                        .build();
            }
        } finally {
            kit.release(database);
        }
    }

    /**
     * The full rollback's failures, one a line with the database's message and the explanation: {@code V45: column
     * "email" of relation "users" does not exist (42703); explained by V186: column public.users.email: gone after
     * ...}.
     */
    static String describe(FullRollback rollback) {
        StringBuilder text = new StringBuilder("going on past each down part that fails, ")
                .append(rollback.failedDowns().size())
                .append(" of ")
                .append(rollback.undone())
                .append(" failed; to fix: ")
                .append(rollback.toFix().stream().map((m) -> "V" + m.version()).collect(Collectors.joining(", ")))
                .append('\n');
        for (RollbackFailure failure : rollback.failures()) {
            text.append('V')
                    .append(failure.migration().version())
                    .append(": ")
                    .append(Rollback.firstLine(failure.failure().migrationException()));
            MigrationInfo cause = failure.cause();
            String causeDifference = failure.causeDifference();
            if (cause != null && causeDifference != null) {
                text.append("; explained by V")
                        .append(cause.version())
                        .append(": ")
                        .append(causeDifference.strip().replace("\n", "; "));
            }
            text.append('\n');
            for (RollbackFailure also : failure.sameCause()) {
                text.append("  and V")
                        .append(also.migration().version())
                        .append(" for the same reason: ")
                        .append(Rollback.firstLine(also.failure().migrationException()))
                        .append('\n');
            }
        }
        return text.toString();
    }

    /** Declared with keep (the object, or anything inside it), or the schema that holds the history table. */
    static boolean kept(MigrationsKit kit, SchemaDifference difference) {
        String object = difference.object();
        String name = Differences.name(object);
        String historySchema = kit.config().schema();
        if (historySchema != null && object.equals("schema " + historySchema)) {
            return true;
        }
        for (String keep : kit.keep()) {
            String kept = keep.trim();
            String keptName = kept.contains(" ") ? kept.substring(kept.lastIndexOf(' ') + 1) : kept;
            if (object.equals(kept) || name.equals(kept) || name.startsWith(keptName + ".")) {
                return true;
            }
        }
        return false;
    }

    private static MigrationAssertionError fail(
            MigrationsKit kit, MigrationException ex, Direction direction, String summary) {
        return MigrationAssertionError.builder("no trace", summary)
                .migration(kit.find(ex.script()))
                .direction(direction)
                .cause(ex)
                .build();
    }
}
