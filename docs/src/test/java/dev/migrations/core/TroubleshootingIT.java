package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.migrations.docs.Markdown;
import dev.migrations.testsupport.PostgresTestDatabase;
import dev.migrations.tooling.Backup;
import dev.migrations.tooling.Settings;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps troubleshooting.md true: every {@link ErrorCode} has a section, and every message quoted there (a {@code text}
 * block starting with {@code MIG-}) is one the engine really produces. The messages are produced here by triggering
 * each failure through {@link Migrator} against PostgreSQL, with the migrations in {@code classpath:db/migrations} as
 * in an application. In quoted messages {@code …} stands for text that differs between runs (times, checksums,
 * process ids, user names, paths).
 */
class TroubleshootingIT {

    private static final Path PAGE = Markdown.DOCS.resolve("troubleshooting.md");

    /** Message of each scenario, by name. */
    private static final Map<String, String> messages = new LinkedHashMap<>();

    @TempDir
    static Path temp;

    @BeforeAll
    static void triggerEveryFailure() throws Exception {
        scenario("duplicate version", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            s.write("V1.0__create_accounts.sql", "CREATE TABLE accounts (id bigint PRIMARY KEY);\n");
            s.migrator().migrate();
        });
        scenario("down defined twice", (s) -> {
            s.write(
                    "V1__create_users.sql",
                    "CREATE TABLE users (id bigint PRIMARY KEY);\n-- migrate:down\nDROP TABLE users;\n");
            s.write("U1__create_users.sql", "DROP TABLE users;\n");
            s.migrator().migrate();
        });
        scenario("invalid encoding", (s) -> {
            s.writeBytes(
                    "V1__create_users.sql",
                    "COMMENT ON SCHEMA public IS 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1));
            s.migrator().migrate();
        });
        scenario("invalid name", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            s.write("V2-add-email.sql", "ALTER TABLE users ADD COLUMN email text;\n");
            s.migrator().migrate();
        });
        scenario(
                "missing location",
                (s) -> s.migrator((c) -> c.locations("filesystem:db/migrations"))
                        .migrate());
        scenario("out of order", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            s.write("V3__create_orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);\n");
            s.migrator().migrate();
            s.write("V2__add_users_email.sql", "ALTER TABLE users ADD COLUMN email text;\n");
            s.migrator().migrate();
        });
        scenario("deleted history row", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            s.write("V2__add_users_email.sql", "ALTER TABLE users ADD COLUMN email text;\n");
            s.write("V3__create_orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY);\n");
            s.migrator().migrate();
            s.db.execute("DELETE FROM migrations_history WHERE version = '2'");
            s.migrator().migrate();
        });
        scenario("duplicated history row", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            s.migrator().migrate();
            s.db.execute("INSERT INTO migrations_history SELECT 2, version, description, type, script, checksum,"
                    + " installed_by, installed_on, execution_time, success FROM migrations_history");
            s.migrator().migrate();
        });
        scenario("failed row of a transactional migration", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            s.migrator().migrate();
            s.db.execute("UPDATE migrations_history SET success = FALSE");
            s.migrator().migrate();
        });
        scenario("checksum mismatch", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            s.migrator().migrate();
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
            s.migrator().migrate();
        });
        scenario("missing locally", (s) -> {
            s.write(
                    "V1__create_users.sql",
                    "CREATE TABLE users (id bigint PRIMARY KEY);\n-- migrate:down\nDROP TABLE users;\n");
            s.write("V2__add_users_email.sql", "ALTER TABLE users ADD COLUMN email text;\n");
            s.migrator().migrate();
            s.delete("V2__add_users_email.sql");
            s.migrator().downgrade(1);
        });
        String noTransactionFailure = "-- migrate:no-transaction\n"
                + "CREATE INDEX CONCURRENTLY users_email ON users (email);\n"
                + "CREATE INDEX CONCURRENTLY users_name ON users (nmae);\n";
        scenario("no-transaction failed", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);\n");
            s.write("V2__index_users.sql", noTransactionFailure);
            s.migrator().migrate();
        });
        scenario("failed in history", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);\n");
            s.write("V2__index_users.sql", noTransactionFailure);
            s.expectFailure(() -> s.migrator().migrate());
            s.migrator().migrate();
        });
        scenario("interrupted", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);\n");
            s.write(
                    "V2__index_users.sql",
                    "-- migrate:no-transaction\nCREATE INDEX CONCURRENTLY users_email ON users (email);\n"
                            + "CREATE INDEX CONCURRENTLY users_name ON users (name);\n");
            s.migrator().migrate();
            // what a run killed during statement 2 leaves
            s.db.execute("UPDATE migrations_history SET success = FALSE, execution_time = -2 WHERE version = '2'");
            s.migrator().migrate();
        });
        scenario("invalid index", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
            s.migrator().migrate();
            try (Connection writer = s.db.connect();
                    Connection builder = s.db.connect();
                    Statement write = writer.createStatement();
                    Statement build = builder.createStatement()) {
                writer.setAutoCommit(false);
                write.execute("INSERT INTO users VALUES (1, 'a@example.com')");
                build.execute("SET lock_timeout = '200ms'");
                try {
                    build.execute("CREATE INDEX CONCURRENTLY users_email ON users (email)");
                } catch (java.sql.SQLException expected) {
                    // the build timed out waiting for the writer: its index stays, INVALID
                }
                writer.rollback();
            }
            s.write(
                    "V2__index_users_email.sql",
                    "-- migrate:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS users_email ON users (email);\n");
            s.migrator().migrate();
        });
        scenario("pending", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            s.migrator().migrate();
            s.write("V2__add_users_email.sql", "ALTER TABLE users ADD COLUMN email text;\n");
            s.migrator().validate();
        });
        scenario("unterminated quote", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, role text DEFAULT 'member);\n");
            s.migrator().migrate();
        });
        scenario("psql meta-command", (s) -> {
            s.write("V1__create_users.sql", "\\connect app\nCREATE TABLE users (id bigint PRIMARY KEY);\n");
            s.migrator().migrate();
        });
        scenario("unresolved placeholder", (s) -> {
            s.write(
                    "V1__create_users.sql",
                    "CREATE TABLE users (id bigint PRIMARY KEY);\nGRANT SELECT ON users TO ${reader_role};\n");
            s.migrator().migrate();
        });
        scenario("non-transactional statement", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
            s.write("V2__index_users_email.sql", "CREATE INDEX CONCURRENTLY users_email ON users (email);\n");
            s.write("V2__index_users_email.sql.conf", "executeInTransaction=true\n");
            s.migrator().migrate();
        });
        scenario("mixed", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
            s.write(
                    "V2__index_users_email.sql",
                    "-- migrate:no-transaction\nCREATE INDEX CONCURRENTLY users_email ON users (email);\n"
                            + "ALTER TABLE users ADD COLUMN name text;\n");
            s.migrator().migrate();
        });
        scenario("migration failed", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            s.write(
                    "V2__add_users_email.sql",
                    "ALTER TABLE users ADD COLUMN email text;\nCREATE UNIQUE INDEX users_email ON user (email);\n");
            s.migrator().migrate();
        });
        scenario("lock timeout", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            s.migrator().migrate();
            s.write("V2__add_users_email.sql", "ALTER TABLE users ADD COLUMN email text;\n");
            try (Connection other = s.db.connect();
                    Statement statement = other.createStatement()) {
                other.setAutoCommit(false);
                statement.execute("LOCK TABLE users IN ACCESS SHARE MODE");
                s.migrator((c) -> c.lockTimeout(Duration.ofMillis(500))).migrate();
            }
        });
        scenario("statement timeout", (s) -> {
            s.write("V1__backfill.sql", "SELECT pg_sleep(5);\n");
            s.migrator((c) -> c.statementTimeout(Duration.ofMillis(500))).migrate();
        });
        scenario("irreversible", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            s.migrator().migrate();
            s.migrator().downgrade(1);
        });
        scenario("unknown target", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            s.migrator((c) -> c.target("7")).migrate();
        });
        scenario("downgrade too many steps", (s) -> {
            for (int v = 1; v <= 3; v++) {
                s.write(
                        "V" + v + "__t" + v + ".sql",
                        "CREATE TABLE t" + v + " (id int);\n-- migrate:down\nDROP TABLE t" + v + ";\n");
            }
            s.migrator().migrate();
            s.migrator().downgrade(10);
        });
        scenario("schema not empty", (s) -> {
            s.db.execute("CREATE TABLE users (id bigint PRIMARY KEY)");
            s.db.execute("CREATE TABLE notes (id bigint PRIMARY KEY)");
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            s.migrator().migrate();
        });
        scenario("history changed", (s) -> {
            s.write(
                    "V1__create_users.sql",
                    "CREATE TABLE users (id bigint PRIMARY KEY);\n-- migrate:down\nDROP TABLE users;\n");
            s.migrator().migrate();
            java.util.concurrent.CompletableFuture<MigrationResult> downgrade;
            try (Connection other = s.db.connect();
                    Statement statement = other.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(" + MigrationLock.key("public.migrations_history") + ")");
                downgrade = java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> s.migrator().downgrade(1));
                // wait until the downgrade has planned and polls for the lock, then apply version 2 meanwhile
                while (!lockPolled(s)) {
                    Thread.sleep(20);
                }
                statement.execute("ALTER TABLE users ADD COLUMN email text");
                statement.execute("INSERT INTO migrations_history (installed_rank, version, description, type,"
                        + " script, checksum, installed_by, execution_time, success) VALUES (2, '2',"
                        + " 'add users email', 'SQL', 'V2__add_users_email.sql', 0, 'instance-b', 1, true)");
                statement.execute("SELECT pg_advisory_unlock_all()");
            }
            try {
                downgrade.get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException ex) {
                throw (RuntimeException) ex.getCause();
            }
        });
        scenario("baseline not allowed", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            s.migrator().migrate();
            s.migrator().baseline();
        });
        scenario("lock wait timeout", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            Properties props = new Properties();
            props.setProperty("user", s.db.user());
            if (s.db.password() != null) {
                props.setProperty("password", s.db.password());
            }
            props.setProperty("ApplicationName", "orders-7f9c");
            try (Connection holder = DriverManager.getConnection(s.db.jdbcUrl(), props);
                    Statement statement = holder.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(" + MigrationLock.key("public.migrations_history") + ")");
                s.migrator((c) -> c.lockWaitTimeout(Duration.ofSeconds(1))).migrate();
            }
        });
        scenario("lock wait interrupted", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            try (Connection holder = s.db.connect();
                    Statement statement = holder.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(" + MigrationLock.key("public.migrations_history") + ")");
                Thread runner = Thread.currentThread();
                Thread shutdown = new Thread(() -> {
                    // the application shuts down once the run is in its lock loop (it has asked for the lock)
                    try (Connection watcher = s.db.connect();
                            Statement query = watcher.createStatement()) {
                        long deadline =
                                System.nanoTime() + Duration.ofSeconds(30).toNanos();
                        while (System.nanoTime() < deadline) {
                            try (var rs = query.executeQuery("SELECT count(*) FROM pg_stat_activity"
                                    + " WHERE datname = current_database() AND query LIKE '%pg_try_advisory_lock%'"
                                    + " AND pid <> pg_backend_pid()")) {
                                rs.next();
                                if (rs.getInt(1) > 0) {
                                    break;
                                }
                            }
                            Thread.sleep(10);
                        }
                    } catch (Exception ex) {
                        throw new IllegalStateException(ex);
                    }
                    runner.interrupt();
                });
                shutdown.start();
                try {
                    s.migrator((c) -> c.lockWaitTimeout(Duration.ofMinutes(1))).migrate();
                } finally {
                    Thread.interrupted(); // the engine keeps the interrupt flag set, as it should; clear it here
                    shutdown.join();
                }
            }
        });
        scenario("wrong password", (s) -> {
            String role = s.db.createRoleWithPassword("s3cret");
            Migrator.create(s.db.dataSource(role, "${POSTGRES_PASSWORD}"), s.config(null))
                    .migrate();
        });
        scenario(
                "missing database",
                (s) -> Migrator.create(url(s.db.server().jdbcUrl("orders"), s.db), s.config(null))
                        .migrate());
        scenario(
                "connection refused",
                (s) -> Migrator.create(url("jdbc:postgresql://127.0.0.1:1/orders", s.db), s.config(null))
                        .migrate());
        scenario(
                "connect timeout",
                (s) -> Migrator.create(
                                new HangingDataSource(), s.config((c) -> c.connectTimeout(Duration.ofSeconds(1))))
                        .migrate());
        scenario("history table unreadable", (s) -> {
            s.db.execute("CREATE TABLE migrations_history (id int)");
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            s.migrator().migrate();
        });
        scenario("lint failed", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n");
            s.migrator().migrate();
            s.write("V2__index_users_email.sql", "CREATE INDEX users_email ON users (email);\n");
            dev.migrations.lint.StartupLint.check(s.migrator(), dev.migrations.lint.LintMode.FAIL, Map.of());
        });
        scenario("backup failed", (s) -> {
            s.write("V1__create_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
            Map<String, String> flags = new LinkedHashMap<>();
            flags.put("migrations.url", s.db.jdbcUrl());
            flags.put("migrations.user", s.db.user());
            if (s.db.password() != null) {
                flags.put("migrations.password", s.db.password());
            }
            flags.put("migrations.locations", "filesystem:" + s.folder);
            Settings settings = Settings.resolve(new Settings.Input(
                    flags, Map.of(Backup.PG_DUMP_VARIABLE, "/opt/pg/bin/pg_dump"), s.folder, null, null));
            Backup.beforeUpgrade(
                    settings,
                    Migrator.create(
                            settings.dataSource(),
                            settings.config(dev.migrations.boot.autoconfigure.MigrationsPropertyNames.INSTANCE)),
                    s.folder.resolve("backups"),
                    java.time.Clock.systemUTC());
        });
        scenario(
                "invalid configuration",
                (s) -> MigrationsConfig.builder()
                        .optionNames(dev.migrations.boot.autoconfigure.MigrationsPropertyNames.INSTANCE)
                        .lockWaitTimeout(Duration.ofSeconds(-30))
                        .build());

        StringBuilder dump = new StringBuilder();
        messages.forEach((name, message) ->
                dump.append("== ").append(name).append('\n').append(message).append("\n\n"));
        Path out = Path.of("target", "troubleshooting-messages.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, dump, StandardCharsets.UTF_8);
    }

    @Test
    void everyErrorCodeHasASection() {
        List<String> headings =
                Markdown.blocks(PAGE).stream().map(Markdown.Block::heading).toList();
        String page = Markdown.read(PAGE);
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(page)
                    .as("troubleshooting.md names " + code.id())
                    .containsPattern("(?m)^#+ .*" + code.id() + "\\b");
            assertThat(headings)
                    .as("troubleshooting.md quotes a message in the section of " + code.id())
                    .anyMatch((heading) -> heading.contains(code.id()));
        }
    }

    @Test
    void everyErrorCodeIsTriggeredHere() {
        List<String> produced =
                messages.values().stream().map((m) -> m.substring(0, 7)).toList();
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(produced).as("a scenario produces " + code.id()).contains(code.id());
        }
    }

    @Test
    void everyQuotedMessageIsProducedByTheEngine() {
        int checked = 0;
        for (Markdown.Block block : Markdown.blocks(PAGE)) {
            if (!block.language().equals("text") || !block.content().startsWith("MIG-")) {
                continue;
            }
            Pattern pattern = Markdown.pattern(block.content().stripTrailing());
            if (messages.values().stream().noneMatch((m) -> pattern.matcher(m).matches())) {
                fail(block.where() + ": no failure produces the quoted message\n" + block.content()
                        + "\nmessages produced (see target/troubleshooting-messages.txt):\n"
                        + String.join("\n\n", messages.values()));
            }
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(ErrorCode.values().length);
    }

    private interface Body {
        void run(Scenario s) throws Exception;
    }

    private static void scenario(String name, Body body) throws Exception {
        Scenario s = new Scenario(temp.resolve(name.replace(' ', '-')));
        try {
            body.run(s);
            throw new AssertionError("Scenario '" + name + "' did not fail");
        } catch (MigrationException ex) {
            messages.put(name, ex.getMessage());
        } finally {
            s.close();
        }
    }

    /** Whether a session of the scenario's database is polling for the migration lock. */
    private static boolean lockPolled(Scenario s) throws java.sql.SQLException {
        try (Connection c = s.db.connect();
                Statement statement = c.createStatement();
                java.sql.ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname ="
                        + " current_database() AND pid <> pg_backend_pid() AND query LIKE '%pg_try_advisory_lock%'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    private static DataSource url(String url, PostgresTestDatabase db) {
        return new DriverManagerDataSource(url, db.user(), db.password());
    }

    /** One fresh database and one classpath root holding {@code db/migrations}. */
    private static final class Scenario {

        final PostgresTestDatabase db = new PostgresTestDatabase().create();

        final Path folder;

        final URLClassLoader loader;

        Scenario(Path root) throws IOException {
            this.folder = Files.createDirectories(root.resolve("db").resolve("migrations"));
            this.loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
        }

        void write(String name, String content) throws IOException {
            Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        }

        void writeBytes(String name, byte[] content) throws IOException {
            Files.write(folder.resolve(name), content);
        }

        void delete(String name) throws IOException {
            Files.delete(folder.resolve(name));
        }

        MigrationsConfig config(Consumer<MigrationsConfig.Builder> customizer) {
            // the page is for Spring Boot users: messages name the migrations.* properties, as the Boot module has them
            MigrationsConfig.Builder builder = MigrationsConfig.builder()
                    .classLoader(loader)
                    .optionNames(dev.migrations.boot.autoconfigure.MigrationsPropertyNames.INSTANCE);
            if (customizer != null) {
                customizer.accept(builder);
            }
            return builder.build();
        }

        Migrator migrator() {
            return migrator(null);
        }

        Migrator migrator(Consumer<MigrationsConfig.Builder> customizer) {
            return Migrator.create(db.dataSource(), config(customizer));
        }

        void expectFailure(Runnable run) {
            try {
                run.run();
            } catch (MigrationException expected) {
                return;
            }
            throw new AssertionError("expected a failure");
        }

        void close() throws IOException {
            loader.close();
            db.drop();
        }
    }

    /** A pool that never hands out a connection, like one waiting for a server that accepted TCP and went silent. */
    private static final class HangingDataSource extends DriverManagerDataSource {

        HangingDataSource() {
            super("jdbc:postgresql://192.0.2.1/hanging", null, null);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            try {
                Thread.sleep(Duration.ofMinutes(5).toMillis());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            throw new java.sql.SQLException("gave up");
        }

        @Override
        public Connection getConnection(String username, String pass) {
            throw new UnsupportedOperationException();
        }
    }
}
