package dev.migrations.boot.health;

import dev.migrations.core.MigrationInfo;
import dev.migrations.core.MigrationState;
import dev.migrations.core.MigrationStatus;
import dev.migrations.core.Migrator;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.util.Assert;

/**
 * Health of a migrated schema: UP when every migration is applied and matches its file, DOWN with a {@code reason}
 * and the versions concerned when the history records a failed migration, an applied migration changed, a migration
 * is out of order, or (when {@code pendingIsDown}) migrations are pending.
 *
 * @since 0.1.0
 */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

    private final Migrator migrator;

    private final boolean pendingIsDown;

    /**
     * An indicator for {@code migrator}; {@code pendingIsDown} says whether pending migrations are a fault (they are
     * when the application migrates or validates at startup).
     */
    public MigrationsHealthIndicator(Migrator migrator, boolean pendingIsDown) {
        super("Migrations health check failed");
        Assert.notNull(migrator, "'migrator' must not be null");
        this.migrator = migrator;
        this.pendingIsDown = pendingIsDown;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MigrationStatus status = this.migrator.info();
        boolean outOfOrderAllowed = this.migrator.config().outOfOrder();
        List<String> pending = versions(
                status,
                outOfOrderAllowed
                        ? List.of(MigrationState.PENDING, MigrationState.OUT_OF_ORDER)
                        : List.of(MigrationState.PENDING));
        builder.up()
                .withDetail(
                        "currentVersion", (status.currentVersion() != null) ? status.currentVersion() : "<< empty >>")
                .withDetail("pending", pending.size());
        List<String> reasons = new ArrayList<>();
        problem(
                builder,
                reasons,
                status,
                MigrationState.FAILED,
                "failed",
                "the history table records a failed migration");
        problem(
                builder,
                reasons,
                status,
                MigrationState.CHECKSUM_MISMATCH,
                "checksumMismatch",
                "an applied migration was changed since it was applied");
        if (!outOfOrderAllowed) {
            problem(
                    builder,
                    reasons,
                    status,
                    MigrationState.OUT_OF_ORDER,
                    "outOfOrder",
                    "a migration is older than the newest applied one");
        }
        if (this.pendingIsDown && !pending.isEmpty()) {
            reasons.add(pending.size() + " migration(s) pending");
            builder.withDetail("pendingVersions", pending);
        }
        if (!reasons.isEmpty()) {
            builder.down().withDetail("reason", String.join("; ", reasons));
        }
    }

    private static void problem(
            Health.Builder builder,
            List<String> reasons,
            MigrationStatus status,
            MigrationState state,
            String detail,
            String reason) {
        List<String> versions = versions(status, List.of(state));
        if (!versions.isEmpty()) {
            reasons.add(reason);
            builder.withDetail(detail, versions);
        }
    }

    private static List<String> versions(MigrationStatus status, List<MigrationState> states) {
        return status.migrations().stream()
                .filter((migration) -> states.contains(migration.state()))
                .map(MigrationInfo::version)
                .toList();
    }
}
