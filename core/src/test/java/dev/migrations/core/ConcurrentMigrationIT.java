package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Eight engines start at once on one database: each migration runs exactly once, nobody fails. */
class ConcurrentMigrationIT {

    private static final int ENGINES = 8;

    private static final int MIGRATIONS = 30;

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    /** 30 migrations, every fifth one slow, all in {@code schema} (through the schema placeholder). */
    private Path writeMigrations() throws IOException {
        Path location = Files.createDirectories(dir.resolve("migrations"));
        for (int i = 1; i <= MIGRATIONS; i++) {
            StringBuilder sql = new StringBuilder();
            sql.append("CREATE TABLE ${migrations:schema}.t_").append(i).append(" (id int);\n");
            if (i % 5 == 0) {
                sql.append("SELECT pg_sleep(0.05);\n");
            }
            sql.append("INSERT INTO ${migrations:schema}.t_")
                    .append(i)
                    .append(" VALUES (")
                    .append(i)
                    .append(");\n");
            Files.writeString(location.resolve("V" + i + "__table_" + i + ".sql"), sql.toString());
        }
        return location;
    }

    @Test
    void eightThreadsMigrateTheSameSchemaOnce() throws Exception {
        Path location = writeMigrations();
        String schema = "conc_threads";
        CountDownLatch ready = new CountDownLatch(ENGINES);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(ENGINES);
        try {
            List<Future<MigrationResult>> futures = new ArrayList<>();
            for (int i = 0; i < ENGINES; i++) {
                futures.add(pool.submit(() -> {
                    Migrator migrator = Migrator.create(
                            db.dataSource(),
                            MigrationsConfig.builder()
                                    .locations("filesystem:" + location)
                                    .schema(schema)
                                    .lockWaitTimeout(Duration.ofSeconds(60))
                                    .build());
                    ready.countDown();
                    go.await();
                    return migrator.migrate();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            int executed = 0;
            for (Future<MigrationResult> future : futures) {
                MigrationResult result = future.get(120, TimeUnit.SECONDS); // throws if the thread threw
                assertThat(result.finalVersion()).isEqualTo(String.valueOf(MIGRATIONS));
                executed += result.executed().size();
            }
            assertThat(executed).isEqualTo(MIGRATIONS);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        assertAppliedOnce(schema);
    }

    @Test
    void eightProcessesMigrateTheSameSchemaOnce() throws Exception {
        Path location = writeMigrations();
        String schema = "conc_procs";
        Path go = dir.resolve("go");
        List<ChildJvm> children = new ArrayList<>();
        try {
            for (int i = 0; i < ENGINES; i++) {
                children.add(ChildJvm.start(
                        dir,
                        MigrateMain.class,
                        db.jdbcUrl(),
                        db.user(),
                        "filesystem:" + location,
                        schema,
                        go.toString()));
            }
            // wait until every JVM is up, then let them all go at once
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (readyCount(go) < ENGINES) {
                for (ChildJvm child : children) {
                    assertThat(child.process().isAlive())
                            .as("child %s died early:%n%s", child.pid(), child.output())
                            .isTrue();
                }
                assertThat(System.nanoTime()).as("children ready in time").isLessThan(deadline);
                Thread.sleep(20);
            }
            Files.writeString(go, "go");
            int executed = 0;
            for (ChildJvm child : children) {
                int exit = child.waitFor(120);
                assertThat(exit)
                        .as("exit of child %s:%n%s", child.pid(), child.output())
                        .isZero();
                assertThat(child.value("FINAL_VERSION")).isEqualTo(String.valueOf(MIGRATIONS));
                executed += Integer.parseInt(child.value("EXECUTED"));
            }
            assertThat(executed).isEqualTo(MIGRATIONS);
        } finally {
            children.forEach(ChildJvm::close);
        }
        assertAppliedOnce(schema);
    }

    private static long readyCount(Path go) throws IOException {
        try (var files = Files.list(go.getParent())) {
            return files.filter((p) -> p.getFileName().toString().startsWith("go.ready."))
                    .count();
        }
    }

    private void assertAppliedOnce(String schema) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT version, count(*) FROM " + schema
                    + ".migrations_history GROUP BY version ORDER BY version::int")) {
                List<String> versions = new ArrayList<>();
                while (rs.next()) {
                    assertThat(rs.getInt(2))
                            .as("rows of version %s", rs.getString(1))
                            .isEqualTo(1);
                    versions.add(rs.getString(1));
                }
                List<String> expected = new ArrayList<>();
                for (int i = 1; i <= MIGRATIONS; i++) {
                    expected.add(String.valueOf(i));
                }
                assertThat(versions).isEqualTo(expected);
            }
            try (ResultSet rs =
                    s.executeQuery("SELECT count(*) FROM " + schema + ".migrations_history WHERE NOT success")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
            for (int i = 1; i <= MIGRATIONS; i++) {
                try (ResultSet rs = s.executeQuery("SELECT count(*), min(id) FROM " + schema + ".t_" + i)) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("rows of t_%s", i).isEqualTo(1);
                    assertThat(rs.getInt(2)).isEqualTo(i);
                }
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
                rs.next();
                assertThat(rs.getInt(1)).as("advisory locks left").isZero();
            }
        }
    }
}
