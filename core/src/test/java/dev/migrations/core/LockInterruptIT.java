package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A run interrupted while it waits for the lock (a shutting-down application) says so with its own code. */
class LockInterruptIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    @Test
    void interruptWhileWaitingForTheLockIsReportedAsAnInterruptNotATimeout() throws Exception {
        Files.writeString(dir.resolve("V1__create_users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        Migrator migrator = Migrator.create(
                db.dataSource(),
                MigrationsConfig.builder()
                        .locations("filesystem:" + dir)
                        .lockWaitTimeout(Duration.ofMinutes(5))
                        .build());
        try (Connection holder = db.connect()) {
            try (PreparedStatement lock = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, MigrationLock.key("public." + MigrationsConfig.DEFAULT_TABLE));
                lock.execute();
            }
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread run = new Thread(() -> {
                try {
                    migrator.migrate();
                } catch (Throwable ex) {
                    failure.set(ex);
                }
            });
            run.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> run.getState() == Thread.State.TIMED_WAITING);
            run.interrupt();
            run.join(Duration.ofSeconds(30).toMillis());
            assertThat(run.isAlive()).isFalse();

            assertThat(failure.get()).isInstanceOf(MigrationException.class);
            MigrationException ex = (MigrationException) failure.get();
            assertThat(ex.code()).isEqualTo(ErrorCode.LOCK_WAIT_INTERRUPTED);
            assertThat(ex.getMessage()).startsWith("MIG-051 Interrupted while waiting for the migration lock.");
            try (PreparedStatement tables =
                            holder.prepareStatement("SELECT count(*) FROM pg_tables WHERE tablename = 'users'");
                    ResultSet rs = tables.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("nothing was migrated").isZero();
            }
        }
    }
}
