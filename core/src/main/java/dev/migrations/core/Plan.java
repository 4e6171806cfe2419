package dev.migrations.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Pure comparison of local migrations with the history table: states, the current version and what is pending. No
 * JDBC here, so every rule is tested without a database.
 */
final class Plan {

    private final List<MigrationInfo> infos = new ArrayList<>();
    private final List<@Nullable Version> infoVersions = new ArrayList<>();
    private final List<ResolvedMigration> pending = new ArrayList<>();
    private final List<ResolvedMigration> outOfOrder = new ArrayList<>();
    private final List<ResolvedMigration> changed = new ArrayList<>();
    private final List<HistoryRow> failed = new ArrayList<>();
    private final List<HistoryRow> missing = new ArrayList<>();
    private final List<HistoryRow> duplicates = new ArrayList<>();
    private final Map<Version, HistoryRow> applied = new HashMap<>();
    private final Map<Version, ResolvedMigration> local = new HashMap<>();
    private final List<ResolvedMigration> pendingRepeatables = new ArrayList<>();
    private final Map<ResolvedMigration, MigrationInfo> infoByMigration = new IdentityHashMap<>();
    private final Map<String, ResolvedMigration> localRepeatables = new HashMap<>();
    private final List<HistoryRow> rows;
    private @Nullable Version current;
    private @Nullable HistoryRow newest;
    private @Nullable HistoryRow baseline;

    private Plan(List<HistoryRow> rows) {
        this.rows = rows;
    }

    /**
     * Compares {@code migrations} (versioned ones sorted by version, then repeatable ones by description) with
     * the rows of {@code history} (none when it has no table).
     */
    static Plan of(List<ResolvedMigration> all, HistorySnapshot history) {
        Plan plan = new Plan(history.rows());
        List<ResolvedMigration> migrations = new ArrayList<>(all.size());
        List<ResolvedMigration> repeatables = new ArrayList<>();
        for (ResolvedMigration migration : all) {
            (migration.repeatable() ? repeatables : migrations).add(migration);
        }
        for (HistoryRow row : plan.rows) {
            if (!row.isMigration()) {
                continue; // Flyway repeatable or schema marker: not ours to judge
            }
            Version version = row.migrationVersion();
            if (plan.applied.put(version, row) != null) {
                plan.duplicates.add(row); // a hand-edited history: the later row of the same version
            }
            if (row.isBaseline()) {
                plan.baseline = row;
            }
            Version current = plan.current;
            if (row.success() && (current == null || version.compareTo(current) > 0)) {
                plan.current = version;
                plan.newest = row;
            }
        }
        for (ResolvedMigration migration : migrations) {
            plan.local.put(migration.requireVersion(), migration);
        }
        List<HistoryRow> rowOnly = new ArrayList<>();
        for (HistoryRow row : plan.rows) {
            if (row.isMigration() && !plan.local.containsKey(row.migrationVersion())) {
                rowOnly.add(row);
            }
        }
        rowOnly.sort((a, b) -> a.migrationVersion().compareTo(b.migrationVersion()));
        // merge the two version-sorted lists, so infos come out in version order without re-sorting
        int r = 0;
        for (ResolvedMigration migration : migrations) {
            Version version = migration.requireVersion();
            while (r < rowOnly.size() && rowOnly.get(r).migrationVersion().compareTo(version) < 0) {
                plan.add(rowOnly.get(r).migrationVersion(), plan.classifyRowOnly(rowOnly.get(r++)));
            }
            plan.add(version, plan.classify(migration));
        }
        while (r < rowOnly.size()) {
            plan.add(rowOnly.get(r).migrationVersion(), plan.classifyRowOnly(rowOnly.get(r++)));
        }
        plan.addRepeatables(repeatables);
        return plan;
    }

    /** Adds an info in list order; {@code version} is null for a repeatable migration's. */
    private void add(@Nullable Version version, MigrationInfo info) {
        infoVersions.add(version);
        infos.add(info);
    }

    /**
     * Repeatable migrations, after the versioned ones and in description order, as Flyway lists and applies them.
     * Each is judged by its newest row: none or an older checksum means it is applied (again) by the next migrate.
     */
    private void addRepeatables(List<ResolvedMigration> repeatables) {
        Map<String, HistoryRow> newestRow = new TreeMap<>();
        for (HistoryRow row : rows) {
            if (row.isRepeatable()) {
                newestRow.merge(row.description(), row, (a, b) -> (b.rank() > a.rank()) ? b : a);
            }
        }
        for (ResolvedMigration migration : repeatables) {
            localRepeatables.put(migration.description(), migration);
            HistoryRow row = newestRow.remove(migration.description());
            MigrationInfo info;
            if (row == null) {
                pendingRepeatables.add(migration);
                info = migration.info(MigrationState.PENDING, null);
            } else if (!row.success()) {
                failed.add(row);
                info = migration.info(MigrationState.FAILED, row);
            } else if (migration.matches(row.checksum())) {
                info = migration.info(MigrationState.APPLIED, row);
            } else {
                pendingRepeatables.add(migration);
                info = migration.info(MigrationState.OUTDATED, row);
            }
            infoByMigration.put(migration, info);
            add(null, info);
        }
        for (HistoryRow row : newestRow.values()) {
            add(null, classifyRowOnly(row));
        }
    }

    private MigrationInfo classify(ResolvedMigration migration) {
        MigrationInfo info = classifyVersioned(migration);
        infoByMigration.put(migration, info);
        return info;
    }

    private MigrationInfo classifyVersioned(ResolvedMigration migration) {
        Version version = migration.requireVersion();
        HistoryRow row = applied.get(version);
        if (row != null && row.isBaseline()) {
            return classifyRowOnly(row); // the baseline marker stands for this version, as in Flyway's info
        }
        if (row != null) {
            if (!row.success()) {
                failed.add(row);
                return migration.info(MigrationState.FAILED, row);
            }
            if (!migration.matches(row.checksum())) {
                changed.add(migration);
                return migration.info(MigrationState.CHECKSUM_MISMATCH, row);
            }
            return migration.info(MigrationState.APPLIED, row);
        }
        HistoryRow baseline = this.baseline;
        if (baseline != null && version.compareTo(baseline.migrationVersion()) <= 0) {
            return migration.info(MigrationState.BELOW_BASELINE, null);
        }
        Version current = this.current;
        if (current != null && version.compareTo(current) < 0) {
            outOfOrder.add(migration);
            pending.add(migration);
            return migration.info(MigrationState.OUT_OF_ORDER, null);
        }
        pending.add(migration);
        return migration.info(MigrationState.PENDING, null);
    }

    private MigrationInfo classifyRowOnly(HistoryRow row) {
        MigrationState state;
        if (row.isBaseline()) {
            state = MigrationState.BASELINE;
        } else if (!row.success()) {
            failed.add(row);
            state = MigrationState.FAILED;
        } else {
            missing.add(row);
            state = MigrationState.MISSING_LOCALLY;
        }
        return new MigrationInfo(
                (row.version() != null) ? row.version().toString() : null,
                // a read of only what deciding needs leaves a versioned row's description out; such a plan's
                // infos are counted, never shown
                Objects.requireNonNullElse(row.description(), ""),
                row.migrationType(),
                row.script(),
                row.checksum(),
                state,
                row.installedBy(),
                row.installedOn(),
                row.executionTime(),
                false);
    }

    List<MigrationInfo> infos() {
        return infos;
    }

    /** How many migrations are recorded as applied ({@link MigrationState#isApplied()}). */
    int appliedCount() {
        return (int) infos.stream().filter((info) -> info.state().isApplied()).count();
    }

    /**
     * How many migrations the next migrate applies ({@link MigrationState#isToApply(boolean)}), whatever the target:
     * the count {@link MigrationStatus#toApply()} gives for the same history.
     */
    int pendingCount(boolean outOfOrderAllowed) {
        return (int) infos.stream()
                .filter((info) -> info.state().isToApply(outOfOrderAllowed))
                .count();
    }

    /**
     * Pending migrations in version order (out-of-order ones included), up to {@code target} (null: all), followed
     * by the repeatable ones that are new or changed: Flyway applies those whatever the target.
     */
    List<ResolvedMigration> pending(@Nullable Version target) {
        if (target == null && pendingRepeatables.isEmpty()) {
            return pending;
        }
        List<ResolvedMigration> result = new ArrayList<>(pending.size() + pendingRepeatables.size());
        for (ResolvedMigration migration : pending) {
            if (target == null || migration.requireVersion().compareTo(target) <= 0) {
                result.add(migration);
            }
        }
        result.addAll(pendingRepeatables);
        return result;
    }

    /** Whether a check may fail: a failed row, a changed file, or an out-of-order migration. */
    boolean hasProblems() {
        return !failed.isEmpty() || !changed.isEmpty() || !outOfOrder.isEmpty() || !duplicates.isEmpty();
    }

    /** Whether a no-transaction migration is recorded as running (or was interrupted while it ran). */
    boolean running() {
        return failed.stream().anyMatch((row) -> row.executionTime() < 0);
    }

    /** Rows whose version an earlier row already records. */
    List<HistoryRow> duplicates() {
        return duplicates;
    }

    /**
     * The installed_rank missing from the history between the rows just below and just above {@code version}, or 0.
     * Ranks only grow and only the newest rows are ever deleted (downgrade, repair), so such a gap where an unapplied
     * migration fits means its row was deleted by hand, not that the migration is new.
     */
    int deletedRankFor(Version version) {
        @Nullable HistoryRow below = null;
        @Nullable HistoryRow above = null;
        for (HistoryRow row : rows) {
            if (!row.isMigration()) {
                continue;
            }
            int order = row.migrationVersion().compareTo(version);
            if (order < 0 && (below == null || row.rank() > below.rank())) {
                below = row;
            }
            if (order > 0 && (above == null || row.rank() < above.rank())) {
                above = row;
            }
        }
        if (above == null) {
            return 0;
        }
        int from = (below != null) ? below.rank() : 0;
        for (int rank = from + 1; rank < above.rank(); rank++) {
            final int r = rank;
            if (rows.stream().noneMatch((row) -> row.rank() == r)) {
                return rank;
            }
        }
        return 0;
    }

    List<ResolvedMigration> outOfOrder() {
        return outOfOrder;
    }

    List<ResolvedMigration> changed() {
        return changed;
    }

    List<HistoryRow> failed() {
        return failed;
    }

    List<HistoryRow> missing() {
        return missing;
    }

    List<HistoryRow> rows() {
        return rows;
    }

    @Nullable
    HistoryRow row(Version version) {
        return applied.get(version);
    }

    @Nullable
    ResolvedMigration local(Version version) {
        return local.get(version);
    }

    boolean isKnown(Version version) {
        return local.containsKey(version) || applied.containsKey(version);
    }

    /** The newest successfully applied version (baseline included), or null. */
    @Nullable
    Version current() {
        return current;
    }

    /** {@link #current()} as text, or null when nothing is applied. */
    @Nullable
    String currentVersion() {
        Version current = this.current;
        return (current != null) ? current.toString() : null;
    }

    @Nullable
    HistoryRow newest() {
        return newest;
    }

    @Nullable
    HistoryRow baseline() {
        return baseline;
    }

    int nextRank() {
        return HistorySnapshot.nextRank(rows);
    }

    /**
     * Where a row's migration is, for messages: the local file's location when it is still there (the history holds
     * only Flyway's relative name), else the recorded script.
     */
    String location(HistoryRow row) {
        Version version = row.version();
        ResolvedMigration migration = (version != null) ? local.get(version) : localRepeatables.get(row.description());
        return (migration != null) ? migration.script() : row.script();
    }

    /** The info of a local migration (versioned or repeatable) of this plan. */
    MigrationInfo info(ResolvedMigration migration) {
        MigrationInfo info = infoByMigration.get(migration);
        return (info != null) ? info : migration.info(MigrationState.PENDING, null);
    }

    @Nullable
    MigrationInfo info(Version version) {
        String text = version.toString();
        return infos.stream()
                .filter((i) -> text.equals(i.version()))
                .findFirst()
                .orElse(null);
    }
}
