package dev.migrations.test;

import dev.migrations.core.Direction;
import dev.migrations.core.MigrationException;
import dev.migrations.core.MigrationInfo;
import dev.migrations.core.Migrator;
import dev.migrations.schema.SchemaComparison;
import dev.migrations.schema.SchemaDifference;
import dev.migrations.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The full rollback: every migration applied one at a time (a snapshot of the clean schema after each), then every down
 * part run in reverse order with a snapshot after each. A down part that fails is left out (its history row removed, so
 * the next down part runs on what it left), so the failures it causes further down show too. What each down part
 * leaves different from the clean schema at its version, and was not different before it ran, is its own trace; a
 * failure is explained by the nearest migration undone before it whose trace names the object in the database's error.
 * Failures explained by the same earlier down part are one broken down part: the first (newest) is reported, the
 * older ones are listed under it ({@link RollbackFailure#sameCause()}), since restoring that down part's trace fixes
 * them all.
 */
final class Rollback {

    /** A name in double quotes in PostgreSQL's message: {@code column "email" of relation "users" does not exist}. */
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"]|\"\")+)\"");

    private final MigrationsKit kit;

    private final List<MigrationInfo> migrations;

    private final int first;

    private Rollback(MigrationsKit kit) {
        this.kit = kit;
        this.migrations = kit.migrations();
        this.first = (kit.minimumDowngradeVersion() != null)
                ? Versions.countBelow(migrations, kit.minimumDowngradeVersion())
                : 0;
    }

    static FullRollback run(MigrationsKit kit) {
        return new Rollback(kit).run();
    }

    private FullRollback run() {
        long start = System.nanoTime();
        int count = migrations.size();
        String database = kit.cloneAt(first);
        try (ReusedConnection connection = new ReusedConnection(kit.server().dataSource(database))) {
            Migrator migrator = Migrator.create(connection, kit.config());
            List<SchemaSnapshot> clean = new ArrayList<>();
            clean.add(Differences.snapshot(kit, connection));
            for (int i = first; i < count; i++) {
                MigrationInfo migration = migrations.get(i);
                try {
                    migrator.migrate(migration.version());
                } catch (MigrationException ex) {
                    throw MigrationAssertionError.builder(
                                    "full rollback", "V" + migration.version() + " cannot be applied.")
                            .migration(migration)
                            .direction(Direction.UP)
                            .cause(ex)
                            .action("Fix V" + migration.version() + " (see the error above).")
                            .build();
                }
                clean.add(Differences.snapshot(kit, connection));
            }
            List<List<SchemaDifference>> traces = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                traces.add(List.of());
            }
            List<Failed> failed = new ArrayList<>();
            Set<String> carried = Set.of();
            List<SchemaDifference> differences = List.of();
            for (int i = count - 1; i >= first; i--) {
                MigrationInfo migration = migrations.get(i);
                MigrationException error = null;
                try {
                    migrator.downgrade(1);
                } catch (MigrationException ex) {
                    error = ex;
                    forget(connection, migration);
                }
                differences = SchemaComparison.of(clean.get(i - first), Differences.snapshot(kit, connection))
                        .differences();
                Set<String> keys = new HashSet<>();
                List<SchemaDifference> trace = new ArrayList<>();
                for (SchemaDifference difference : differences) {
                    keys.add(key(difference));
                    if (!carried.contains(key(difference))) {
                        trace.add(difference);
                    }
                }
                traces.set(i, trace);
                carried = keys;
                if (error != null) {
                    failed.add(explain(i, error, traces));
                }
            }
            List<SchemaDifference> left = differences.stream()
                    .filter((difference) -> !NoTrace.kept(kit, difference))
                    .toList();
            return new FullRollback(
                    count - first,
                    group(failed),
                    Differences.describe(left, "the rollback", "before the upgrade"),
                    Duration.ofNanos(System.nanoTime() - start));
        } finally {
            kit.release(database);
        }
    }

    /** A down part that failed, with the earlier-undone migration whose trace names the object of its error. */
    private record Failed(
            MigrationInfo migration,
            MigrationException error,
            @Nullable MigrationInfo cause,
            @Nullable String causeText) {}

    private Failed explain(int index, MigrationException error, List<List<SchemaDifference>> traces) {
        List<String> named = named(error);
        for (int j = index + 1; j < migrations.size() && !named.isEmpty(); j++) {
            List<SchemaDifference> matching = traces.get(j).stream()
                    .filter((difference) -> names(difference, named))
                    .toList();
            if (!matching.isEmpty()) {
                MigrationInfo cause = migrations.get(j);
                return new Failed(
                        migrations.get(index),
                        error,
                        cause,
                        Differences.describe(
                                matching, "the down of V" + cause.version(), "after a clean upgrade to that version"));
            }
        }
        return new Failed(migrations.get(index), error, null, null);
    }

    /**
     * One failure per broken down part, newest first: a failure without explanation stands alone; failures explained by
     * the same down part are reported once, at the first (newest), with the others under it.
     */
    private List<RollbackFailure> group(List<Failed> failed) {
        // keyed by the cause, or by the failure itself when nothing explains it; in the order of the first of each
        Map<Object, List<Failed>> groups = new LinkedHashMap<>();
        for (Failed failure : failed) {
            MigrationInfo cause = failure.cause();
            groups.computeIfAbsent((cause != null) ? cause : failure, (key) -> new ArrayList<>())
                    .add(failure);
        }
        List<RollbackFailure> failures = new ArrayList<>();
        for (List<Failed> group : groups.values()) {
            List<RollbackFailure> sameCause = group.subList(1, group.size()).stream()
                    .map((failure) -> failure(failure, List.of()))
                    .toList();
            failures.add(failure(group.get(0), sameCause));
        }
        return failures;
    }

    private RollbackFailure failure(Failed failed, List<RollbackFailure> sameCause) {
        MigrationInfo migration = failed.migration();
        MigrationInfo cause = failed.cause();
        String head = "V" + migrations.get(migrations.size() - 1).version();
        MigrationAssertionError.Builder builder = MigrationAssertionError.builder(
                        "full rollback",
                        "V" + migration.version() + " cannot be undone in the rollback from " + head + ".")
                .migration(migration)
                .direction(Direction.DOWN)
                .cause(failed.error());
        if (cause != null) {
            StringBuilder findings = new StringBuilder("The down part of V")
                    .append(cause.version())
                    .append(" (undone before it) left the object this error names not as a clean upgrade builds it:\n")
                    .append(failed.causeText());
            for (RollbackFailure also : sameCause) {
                findings.append("The same difference makes the down part of V")
                        .append(also.migration().version())
                        .append(" fail further down: ")
                        .append(firstLine(also.failure().migrationException()))
                        .append('\n');
            }
            List<String> failing = new ArrayList<>(List.of("V" + migration.version()));
            sameCause.forEach((also) -> failing.add("V" + also.migration().version()));
            builder.findings(findings.toString())
                    .action("Make the down part of V" + cause.version() + " restore the schema exactly (its stair in"
                            + " the stairway names the difference), or make the down part"
                            + ((failing.size() > 1) ? "s of " + String.join(" and ", failing) : " of " + failing.get(0))
                            + " work on what it leaves, or set minimumDowngradeVersion above " + cause.version()
                            + ".");
        } else {
            builder.action("Fix the down part of V" + migration.version() + ", or set minimumDowngradeVersion above "
                    + migration.version() + " if it cannot be undone.");
        }
        return new RollbackFailure(migration, builder.build(), cause, failed.causeText(), sameCause);
    }

    /** The database's message without its {@code ERROR: } prefix, and its SQLState: {@code index "i" does not exist (42704)}. */
    static String firstLine(@Nullable MigrationException error) {
        if (error == null) {
            return "";
        }
        MigrationException.DatabaseError database = error.databaseError();
        if (database == null || database.message() == null) {
            return error.summary();
        }
        return database.message().lines().findFirst().orElse("").replaceFirst("^ERROR: ", "") + " ("
                + database.sqlState() + ")";
    }

    /** The names the database's error puts in double quotes: the object, then its table when it says so. */
    static List<String> named(MigrationException error) {
        MigrationException.DatabaseError database = error.databaseError();
        if (database == null || database.message() == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        String message = database.message();
        int newline = message.indexOf('\n');
        Matcher matcher = QUOTED.matcher((newline < 0) ? message : message.substring(0, newline));
        while (matcher.find()) {
            names.add(matcher.group(1).replace("\"\"", "\""));
        }
        return names;
    }

    /**
     * Whether the difference concerns the object the error names: its last name is the first quoted name and, when the
     * error names a table ({@code of relation "users"}), the name before it is that table.
     */
    static boolean names(SchemaDifference difference, List<String> named) {
        List<String> parts = parts(difference.object());
        if (parts.isEmpty() || !parts.get(parts.size() - 1).equals(named.get(0))) {
            return false;
        }
        if (named.size() > 1 && parts.size() > 2 && difference.object().matches("^(column|constraint|trigger) .*")) {
            return parts.get(parts.size() - 2).equals(named.get(1));
        }
        return true;
    }

    /** The parts of a difference's qualified name, unquoted: {@code column public."Users".email} is public, Users, email. */
    static List<String> parts(String object) {
        String name = Differences.name(object);
        int paren = name.indexOf('(');
        if (paren >= 0) {
            name = name.substring(0, paren); // function public.f(integer)
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < name.length() && name.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '.' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    /**
     * A difference as it carries from one down part to the next: the object and what differs, without the expected
     * value (the clean schema it is compared with changes at every version).
     */
    private static String key(SchemaDifference difference) {
        String description = difference.description();
        int is = description.indexOf(" is ");
        return difference.object() + ": " + ((is < 0) ? description : description.substring(0, is));
    }

    /** Removes a down part that failed from the history, so that the rollback goes on with the next one. */
    private void forget(ReusedConnection connection, MigrationInfo migration) {
        String schema = kit.config().schema();
        String table = quote(kit.config().table());
        String sql = "DELETE FROM " + ((schema != null) ? quote(schema) + "." : "") + table + " WHERE version = ?";
        try (Connection session = connection.getConnection();
                PreparedStatement statement = session.prepareStatement(sql)) {
            statement.setString(1, migration.version());
            statement.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "Could not leave V" + migration.version() + " out of the rollback: " + ex.getMessage(), ex);
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
