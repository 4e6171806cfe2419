package dev.migrations.test;

import dev.migrations.core.Direction;
import dev.migrations.core.MigrationException;
import dev.migrations.core.MigrationInfo;
import dev.migrations.core.Migrator;
import dev.migrations.schema.SchemaComparison;
import dev.migrations.schema.SchemaSnapshot;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opentest4j.TestAbortedException;

/**
 * Walks the migrations one stair at a time: apply one, undo it, check that the schema is the one from before it, apply
 * it again. A failing stair does not stop the walk: the next one starts from a clean copy of the state it needs, so
 * every broken down part is reported, each with its own error. Stairs below {@code minimumDowngradeVersion} are only
 * applied (from a cached template).
 */
final class Stairway {

    private final MigrationsKit kit;

    private final List<MigrationInfo> migrations;

    /** Index of the first migration whose down part is exercised. */
    private final int first;

    /** The scratch database, or {@code null} when the next stair must start from a fresh copy. */
    private @Nullable String database;

    /** The one connection to {@link #database} that every session of the stairway uses in turn. */
    private @Nullable ReusedConnection connection;

    /** How many migrations {@link #database} holds. */
    private int position;

    /** The schema of {@link #database} at {@link #position}. */
    private @Nullable SchemaSnapshot before;

    /** The first migration that could not be applied: the stairs above it cannot run. */
    private @Nullable MigrationInfo brokenUp;

    Stairway(MigrationsKit kit) {
        this.kit = kit;
        this.migrations = kit.migrations();
        this.first = (kit.minimumDowngradeVersion() != null)
                ? Versions.countBelow(migrations, kit.minimumDowngradeVersion())
                : 0;
    }

    /** Index of the first stair. */
    int first() {
        return first;
    }

    List<MigrationInfo> migrations() {
        return migrations;
    }

    /**
     * Applies, undoes and re-applies migration {@code index}.
     *
     * @throws MigrationAssertionError naming the migration, the direction, the statement and the difference
     * @throws TestAbortedException when an earlier migration could not be applied
     */
    void step(int index) {
        MigrationInfo migration = migrations.get(index);
        if (brokenUp != null) {
            throw new TestAbortedException("Not run: V" + brokenUp.version() + " could not be applied, so V"
                    + migration.version() + " cannot be reached.");
        }
        moveTo(index);
        Migrator migrator = Migrator.create(connection(), kit.config());
        try {
            migrator.migrate(migration.version());
        } catch (MigrationException ex) {
            brokenUp = migration;
            discard();
            throw failure(migration, Direction.UP, "V" + migration.version() + " cannot be applied.", ex)
                    .build();
        }
        position = index + 1;
        if (!migration.reversible()) {
            before = snapshot();
            throw MigrationAssertionError.builder(
                            "stairway", "V" + migration.version() + " has no down part, so it cannot be undone.")
                    .migration(migration)
                    .direction(Direction.DOWN)
                    .action("Write its down part after a '-- migrate:down' line, or set minimumDowngradeVersion"
                            + " above " + migration.version() + " if it is irreversible on purpose.")
                    .build();
        }
        try {
            migrator.downgrade(1);
        } catch (MigrationException ex) {
            discard();
            throw failure(migration, Direction.DOWN, "V" + migration.version() + " cannot be undone.", ex)
                    .build();
        }
        SchemaComparison comparison =
                SchemaComparison.of(Objects.requireNonNull(before, "moveTo takes the snapshot"), snapshot());
        if (!comparison.equal()) {
            discard();
            String downSql = downSql(index);
            throw MigrationAssertionError.builder(
                            "stairway",
                            "undoing V" + migration.version() + " did not give back the schema from before it.")
                    .migration(migration)
                    .direction(Direction.DOWN)
                    .statement(downSql)
                    .difference(Differences.describe(comparison, "the down", "before the up"))
                    .action("Make the down part of V" + migration.version() + " undo everything its up part"
                            + " does, or set minimumDowngradeVersion above " + migration.version() + ".")
                    .build();
        }
        try {
            migrator.migrate(migration.version());
        } catch (MigrationException ex) {
            discard();
            throw failure(
                            migration,
                            Direction.UP,
                            "V" + migration.version() + " cannot be applied again after its down part ran: the down"
                                    + " part leaves something behind that the up part trips over.",
                            ex)
                    .build();
        }
        before = snapshot();
    }

    /** Puts the scratch database at {@code index} migrations: a fresh copy of the (cached) state when needed. */
    private void moveTo(int index) {
        if (database != null && position == index) {
            return;
        }
        discard();
        database = kit.cloneAt(index);
        connection = new ReusedConnection(kit.server().dataSource(database));
        position = index;
        before = snapshot();
    }

    private SchemaSnapshot snapshot() {
        return Differences.snapshot(kit, connection());
    }

    /** The connection to the scratch database, which {@link #moveTo(int)} opens before any stair uses it. */
    private ReusedConnection connection() {
        return Objects.requireNonNull(connection, "moveTo opens the scratch database first");
    }

    /** The down SQL of migration {@code index} as the engine would run it, read from a fresh copy at that state. */
    private @Nullable String downSql(int index) {
        try {
            moveTo(index + 1);
            String script = Migrator.create(connection(), kit.config()).dryRunDowngrade(1);
            return ownStatements(script, kit.config().table());
        } catch (RuntimeException ex) {
            return null; // the message still names the migration and the difference
        }
    }

    /**
     * The migration's own statements from a dry-run script: without the session settings, the transaction and the
     * history bookkeeping around them.
     */
    static String ownStatements(String script, String historyTable) {
        StringBuilder own = new StringBuilder();
        boolean inside = false;
        for (String line : script.split("\n")) {
            if (line.startsWith("-- Downgrade from version") || line.startsWith("-- Upgrade to version")) {
                inside = true;
            } else if (inside && line.isBlank()) {
                break;
            } else if (inside
                    && !line.equals("BEGIN;")
                    && !line.equals("COMMIT;")
                    && !(line.startsWith("DELETE FROM ") && line.contains(historyTable))) {
                own.append(line).append('\n');
            }
        }
        return (own.length() > 0) ? own.toString() : script;
    }

    private void discard() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
        if (database != null) {
            kit.release(database);
            database = null;
        }
    }

    void close() {
        discard();
    }

    private static MigrationAssertionError.Builder failure(
            MigrationInfo migration, Direction direction, String summary, MigrationException ex) {
        return MigrationAssertionError.builder("stairway", summary)
                .migration(migration)
                .direction(direction)
                .cause(ex)
                .action(
                        (direction == Direction.DOWN)
                                ? "Fix the down part of V" + migration.version() + ", or set minimumDowngradeVersion"
                                        + " above " + migration.version() + " if it cannot be undone."
                                : "Fix V" + migration.version() + " (see the error above).");
    }
}
