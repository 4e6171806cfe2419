package dev.migrations.boot.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

class MigrationsHealthIndicatorTests {

    private final DataSource dataSource = DataSourceBuilder.create()
            .url("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
            .username("sa")
            .build();

    private final Migrator migrator =
            Migrator.create(this.dataSource, MigrationsConfig.builder().build());

    @Test
    void upWhenEverythingIsApplied() {
        this.migrator.migrate();
        Health health = new MigrationsHealthIndicator(this.migrator, true).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsOnly(entry("currentVersion", "2"), entry("pending", 0));
    }

    @Test
    void notReadyWhenMigrationsArePendingAndTheyShouldNotBe() {
        this.migrator.migrate("1");
        Health health = new MigrationsHealthIndicator(this.migrator, true).health();
        assertThat(health.getStatus()).isEqualTo(MigrationsHealthIndicator.NOT_READY);
        assertThat(health.getDetails())
                .containsOnly(
                        entry("currentVersion", "1"),
                        entry("pending", 1),
                        entry("pendingVersions", List.of("2")),
                        entry("reason", "1 migration(s) pending"));
    }

    @Test
    void upWithPendingMigrationsWhenTheyMayBe() {
        Health health = new MigrationsHealthIndicator(this.migrator, false).health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsOnly(entry("currentVersion", "<< empty >>"), entry("pending", 2));
    }

    @Test
    void notReadyOnChecksumMismatch() {
        this.migrator.migrate();
        new JdbcTemplate(this.dataSource).update("UPDATE \"migrations_history\" SET checksum = 42 WHERE version = '1'");
        Health health = new MigrationsHealthIndicator(this.migrator, true).health();
        assertThat(health.getStatus()).isEqualTo(MigrationsHealthIndicator.NOT_READY);
        assertThat(health.getDetails())
                .contains(
                        entry("checksumMismatch", List.of("1")),
                        entry("reason", "an applied migration was changed since it was applied"));
    }

    @Test
    void notReadyOnFailedMigrationRow() {
        this.migrator.migrate();
        new JdbcTemplate(this.dataSource)
                .update("UPDATE \"migrations_history\" SET success = FALSE WHERE version = '2'");
        Health health = new MigrationsHealthIndicator(this.migrator, false).health();
        assertThat(health.getStatus()).isEqualTo(MigrationsHealthIndicator.NOT_READY);
        assertThat(health.getDetails())
                .contains(
                        entry("failed", List.of("2")), entry("reason", "the history table records a failed migration"));
    }

    @Test
    void notReadyWhenTheDatabaseCannotBeReached() {
        Migrator unreachable = Migrator.create(
                DataSourceBuilder.create()
                        .url("jdbc:h2:tcp://127.0.0.1:1/nothing")
                        .username("sa")
                        .build(),
                MigrationsConfig.builder()
                        .connectTimeout(java.time.Duration.ofSeconds(5))
                        .build());
        Health health = new MigrationsHealthIndicator(unreachable, true).health();
        assertThat(health.getStatus()).isEqualTo(MigrationsHealthIndicator.NOT_READY);
        assertThat(health.getDetails()).containsKey("error");
    }

    @Test
    void neverReportsAStatusThatSpringBootCountsAgainstTheApplication() {
        // unknown to the default order: /actuator/health and liveness ignore it (no restart for a schema state)
        assertThat(org.springframework.boot.health.actuate.endpoint.StatusAggregator.getDefault()
                        .getAggregateStatus(Status.UP, MigrationsHealthIndicator.NOT_READY))
                .isEqualTo(Status.UP);
    }

    @Test
    void reusesTheStatusForItsTimeToLive() throws InterruptedException {
        this.migrator.migrate();
        MigrationsHealthIndicator indicator =
                new MigrationsHealthIndicator(this.migrator, true, java.time.Duration.ofMillis(300), () -> 0);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        new JdbcTemplate(this.dataSource).update("UPDATE \"migrations_history\" SET checksum = 42 WHERE version = '1'");
        assertThat(indicator.health().getStatus())
                .as("read again within its time to live")
                .isEqualTo(Status.UP);
        Thread.sleep(350);
        assertThat(indicator.health().getStatus()).isEqualTo(MigrationsHealthIndicator.NOT_READY);
    }

    @Test
    void readsAgainAsSoonAsARunChangedTheSchema() {
        SchemaChanges changes = new SchemaChanges();
        Migrator listened = Migrator.create(
                this.dataSource,
                MigrationsConfig.builder().listeners(List.of(changes)).build());
        MigrationsHealthIndicator indicator =
                new MigrationsHealthIndicator(listened, true, java.time.Duration.ofHours(1), changes);
        assertThat(indicator.health().getStatus()).isEqualTo(MigrationsHealthIndicator.NOT_READY);
        listened.migrate();
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        listened.downgrade(1);
        assertThat(indicator.health().getDetails()).containsEntry("pendingVersions", List.of("2"));
    }
}
