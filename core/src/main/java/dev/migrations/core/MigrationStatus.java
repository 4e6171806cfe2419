package dev.migrations.core;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Result of {@link Migrator#info()}: where the schema stands.
 *
 * @param database the database product and version
 * @param schema the schema holding the history table
 * @param table the history table
 * @param currentVersion the newest applied version, or {@code null} when nothing is applied
 * @param migrations every migration, local or applied, in version order
 * @param lock who holds the migration lock right now
 * @param outOfOrderAllowed whether the configuration allows applying a migration older than the newest applied one
 *     (then an out-of-order migration is pending, not a problem)
 * @param invalidIndexes the INVALID indexes of the schema, left by a failed {@code CREATE INDEX CONCURRENTLY}
 * @since 0.1.0
 */
public record MigrationStatus(
        String database,
        String schema,
        String table,
        @Nullable String currentVersion,
        List<MigrationInfo> migrations,
        LockInfo lock,
        boolean outOfOrderAllowed,
        List<String> invalidIndexes) {

    public MigrationStatus {
        migrations = List.copyOf(migrations);
        invalidIndexes = List.copyOf(invalidIndexes);
    }

    /** A status under a configuration that does not allow out-of-order migrations, without INVALID indexes. */
    public MigrationStatus(
            String database,
            String schema,
            String table,
            @Nullable String currentVersion,
            List<MigrationInfo> migrations,
            LockInfo lock) {
        this(database, schema, table, currentVersion, migrations, lock, false, List.of());
    }

    /** Migrations in the given states. */
    public List<MigrationInfo> inState(MigrationState... states) {
        List<MigrationState> wanted = List.of(states);
        return migrations.stream().filter((m) -> wanted.contains(m.state())).toList();
    }

    /**
     * Migrations not applied yet ({@link MigrationState#isPending()}): pending, out of order (allowed or not), and
     * repeatable migrations changed since they were applied. What counts as pending for health, the gauge and the
     * endpoint is {@link #toApply()}.
     */
    public List<MigrationInfo> pending() {
        return migrations.stream().filter((m) -> m.state().isPending()).toList();
    }

    /**
     * Migrations recorded as applied (also when changed since, missing locally, or a repeatable migration to be
     * applied again): what the {@code applied} gauge counts.
     */
    public List<MigrationInfo> applied() {
        return migrations.stream().filter((m) -> m.state().isApplied()).toList();
    }

    /**
     * A table for humans, one line per migration, like {@code alembic history} or {@code flyway info}: version,
     * state, description, when and by whom it was applied.
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("Schema \"")
                .append(schema)
                .append("\" (")
                .append(database)
                .append("), history table ")
                .append(table)
                .append(": current version ")
                .append((currentVersion != null) ? currentVersion : "<< empty >>")
                .append(", ")
                .append(pending().size())
                .append(" pending\n");
        int width =
                migrations.stream().mapToInt((m) -> version(m).length()).max().orElse(7);
        width = Math.max(width, 7);
        text.append(String.format(
                "%-" + width + "s  %-17s  %-25s  %s%n", "Version", "State", "Installed on", "Description"));
        for (MigrationInfo m : migrations) {
            String installed = (m.installedOn() != null)
                    ? m.installedOn().toString().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z")
                    : "";
            text.append(String.format(
                    "%-" + width + "s  %-17s  %-25s  %s%n",
                    version(m),
                    m.state().name().toLowerCase(java.util.Locale.ROOT),
                    installed,
                    m.description()));
        }
        if (lock != null && lock.held()) {
            text.append("Migration lock held by ").append(lock.describe()).append('\n');
        }
        return text.toString();
    }

    /** The version column: the version, or {@code R} (Flyway's mark) for a repeatable migration. */
    private static String version(MigrationInfo m) {
        return (m.version() != null) ? m.version() : "R";
    }

    /**
     * Migrations the next migrate would apply ({@link MigrationState#isToApply(boolean)}): pending ones, changed
     * repeatable ones, and out-of-order ones when {@link #outOfOrderAllowed()} (else they are a
     * {@link #problems(boolean) problem}). The health indicator, the {@code migrations.pending} gauge and the endpoint
     * all count these, and {@link MigrationResult#pending()} counts them the same way.
     */
    public List<MigrationInfo> toApply() {
        return migrations.stream()
                .filter((m) -> m.state().isToApply(outOfOrderAllowed))
                .toList();
    }

    /**
     * Migrations that make {@link Migrator#validate()} fail: failed, changed, or out of order (unless
     * {@link #outOfOrderAllowed() allowed}).
     */
    public List<MigrationInfo> problems() {
        return migrations.stream()
                .filter((m) -> m.state() == MigrationState.FAILED
                        || m.state() == MigrationState.CHECKSUM_MISMATCH
                        || (m.state() == MigrationState.OUT_OF_ORDER
                                && !m.state().isToApply(outOfOrderAllowed)))
                .toList();
    }

    /**
     * Why the schema is not ready for the application, one entry per kind of problem, in {@link MigrationProblem.Kind}
     * order; empty when it is. {@code pendingIsProblem} says whether migrations still {@link #toApply() to apply}
     * count (they do for {@code validate} and for an application that migrates or validates at startup).
     */
    public List<MigrationProblem> problems(boolean pendingIsProblem) {
        List<MigrationProblem> problems = new ArrayList<>();
        for (MigrationProblem.Kind kind : MigrationProblem.Kind.values()) {
            if (!kind.applies(outOfOrderAllowed, pendingIsProblem)) {
                continue;
            }
            List<String> subjects = switch (kind) {
                case FAILED -> labels(inState(MigrationState.FAILED));
                case CHECKSUM_MISMATCH -> labels(inState(MigrationState.CHECKSUM_MISMATCH));
                case OUT_OF_ORDER -> labels(inState(MigrationState.OUT_OF_ORDER));
                case INVALID_INDEX -> invalidIndexes;
                case PENDING -> labels(toApply());
            };
            if (!subjects.isEmpty()) {
                problems.add(kind.of(subjects));
            }
        }
        return problems;
    }

    private static List<String> labels(List<MigrationInfo> migrations) {
        return migrations.stream().map(MigrationInfo::label).toList();
    }
}
