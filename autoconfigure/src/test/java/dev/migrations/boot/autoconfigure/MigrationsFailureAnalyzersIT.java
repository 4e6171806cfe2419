package dev.migrations.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrations.core.JavaMigration;
import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Every failure analyzer's exact text, as Spring Boot prints it when a real application fails to start against a
 * real server (or a closed port, an unknown host, a missing database).
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrationsFailureAnalyzersIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path migrations;

    @Test
    void unresolvedPasswordPlaceholder(CapturedOutput output) {
        Report report = failToStart(output, withDatabase("spring.datasource.password=${POSTGRES_PASSWORD}"));
        assertThat(report.description())
                .isEqualTo("The property spring.datasource.password still contains the placeholder"
                        + " ${POSTGRES_PASSWORD}: Spring Boot found no property or environment variable named"
                        + " POSTGRES_PASSWORD and kept the text as it is. Migrations did not try to connect.\n\n"
                        + "  Property: spring.datasource.password\n"
                        + "  Value:    ${POSTGRES_PASSWORD}");
        assertThat(report.action())
                .isEqualTo("Give POSTGRES_PASSWORD a value in the environment that starts the application. A .env"
                        + " file read by the application (for example through spring.config.import) or by docker"
                        + " --env-file is not variable-expanded: a line such as"
                        + " SPRING_DATASOURCE_PASSWORD=${POSTGRES_PASSWORD} passes the text ${POSTGRES_PASSWORD}"
                        + " literally. Export the real value (export POSTGRES_PASSWORD=...), expand it in the shell or"
                        + " in the compose file (environment: SPRING_DATASOURCE_PASSWORD: ${POSTGRES_PASSWORD}), or"
                        + " reference the variable directly in application.yml (spring.datasource.password:"
                        + " ${POSTGRES_PASSWORD}) and set POSTGRES_PASSWORD.");
    }

    @Test
    void unresolvedPlaceholderInUrlIsShownWithThePasswordMasked(CapturedOutput output) {
        String url = db.jdbcUrl() + "?password=${POSTGRES_PASSWORD}";
        Report report = failToStart(output, List.of("spring.datasource.url=" + url, "spring.datasource.username=app"));
        assertThat(report.description())
                .isEqualTo("The property spring.datasource.url still contains the placeholder ${POSTGRES_PASSWORD}:"
                        + " Spring Boot found no property or environment variable named POSTGRES_PASSWORD and kept"
                        + " the text as it is. Migrations did not try to connect.\n\n"
                        + "  Property: spring.datasource.url\n"
                        + "  Value:    " + db.jdbcUrl() + "?password=******");
        assertThat(report.action()).startsWith("Give POSTGRES_PASSWORD a value in the environment");
        // the placeholder is a part of the URL: never suggest making it the whole URL
        assertThat(report.action())
                .doesNotContain("spring.datasource.url: ${POSTGRES_PASSWORD}")
                .doesNotContain("SPRING_DATASOURCE_URL=${POSTGRES_PASSWORD}")
                .contains("keep ${POSTGRES_PASSWORD} inside the value of spring.datasource.url")
                .endsWith("A password is better kept out of the URL: set spring.datasource.password:"
                        + " ${POSTGRES_PASSWORD} and remove it from spring.datasource.url.");
    }

    @Test
    void authenticationFailed(CapturedOutput output) {
        String role = db.createRoleWithPassword("right-password");
        Report report = failToStart(
                output,
                List.of(
                        "spring.datasource.url=" + db.jdbcUrl(),
                        "spring.datasource.username=" + role,
                        "spring.datasource.password=wrong-password"));
        assertThat(report.description())
                .isEqualTo("Migrations could not connect to the database: authentication failed.\n\n"
                        + "  URL:         " + db.jdbcUrl() + "\n"
                        + "  User:        " + role + "\n"
                        + "  Error:       MIG-060 The database refused the credentials: FATAL: password"
                        + " authentication failed for user \"" + role + "\"\n"
                        + "    Database:    FATAL: password authentication failed for user \"" + role
                        + "\" (SQLState 28P01)")
                .doesNotContain("wrong-password");
        assertThat(report.action())
                .isEqualTo("Check the user name and password given to the application. A password that still"
                        + " contains ${...} was never expanded: set it from the real environment variable or"
                        + " secret.");
    }

    @Test
    void connectionRefused(CapturedOutput output) throws IOException {
        int port = closedPort();
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/app?password=secret";
        Report report = failToStart(output, List.of("migrations.url=" + url, "migrations.user=app"));
        assertThat(report.description())
                .isEqualTo("Migrations could not connect to the database: connection refused.\n\n"
                        + "  URL:         jdbc:postgresql://127.0.0.1:" + port + "/app?password=******\n"
                        + "  User:        app\n"
                        + "  Error:       MIG-060 The database refused the connection: Connection to 127.0.0.1:"
                        + port + " refused. Check that the hostname and port are correct and that the postmaster is"
                        + " accepting TCP/IP connections. (java.net.ConnectException: Connection refused)\n"
                        + "    Database:    Connection to 127.0.0.1:" + port + " refused. Check that the hostname"
                        + " and port are correct and that the postmaster is accepting TCP/IP connections."
                        + " (SQLState 08001)")
                .doesNotContain("secret");
        assertThat(report.action())
                .isEqualTo("Check that the database is running and listening on the host and port of the JDBC URL.");
    }

    @Test
    void unknownHost(CapturedOutput output) {
        Report report = failToStart(
                output, List.of("migrations.url=jdbc:postgresql://no-such-db.invalid:5432/app", "migrations.user=app"));
        assertThat(report.description())
                .isEqualTo("Migrations could not connect to the database: unknown host.\n\n"
                        + "  URL:         jdbc:postgresql://no-such-db.invalid:5432/app\n"
                        + "  User:        app\n"
                        + "  Error:       MIG-060 Unknown database host: The connection attempt failed."
                        + " (java.net.UnknownHostException: no-such-db.invalid)\n"
                        + "    Database:    The connection attempt failed. (SQLState 08001)");
        assertThat(report.action())
                .isEqualTo("Fix the host name in the JDBC URL; inside a container network use the database service's"
                        + " name.");
    }

    @Test
    void missingDatabase(CapturedOutput output) {
        String url = db.jdbcUrl().replace(db.name(), "mig_missing");
        Report report =
                failToStart(output, List.of("spring.datasource.url=" + url, "spring.datasource.username=" + db.user()));
        assertThat(report.description())
                .isEqualTo("Migrations could not connect to the database: the database does not exist.\n\n"
                        + "  URL:         " + url + "\n"
                        + "  User:        " + db.user() + "\n"
                        + "  Error:       MIG-060 The database does not exist: FATAL: database \"mig_missing\" does"
                        + " not exist\n"
                        + "    Database:    FATAL: database \"mig_missing\" does not exist (SQLState 3D000)");
        assertThat(report.action())
                .isEqualTo("Create the database (CREATE DATABASE ...) or fix the database name in the JDBC URL.");
    }

    @Test
    void connectTimeout(CapturedOutput output) throws IOException {
        // accepts TCP connections (the backlog) but never answers the driver
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            String url = "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/app";
            Report report = failToStart(
                    output, List.of("migrations.url=" + url, "migrations.user=app", "migrations.connect-timeout=1s"));
            assertThat(report.description())
                    .isEqualTo("Migrations could not connect to the database: connect timeout.\n\n"
                            + "  URL:         " + url + "\n"
                            + "  User:        app\n"
                            + "  Error:       MIG-060 The database did not answer within 1 s"
                            + " (migrations.connect-timeout).");
            assertThat(report.action())
                    .isEqualTo("Check that the database is running and reachable from here (host, port, firewall), or"
                            + " raise migrations.connect-timeout if it is just slow to start.");
        }
    }

    @Test
    void migrationFailed(CapturedOutput output) throws IOException {
        write("V1__broken.sql", "CREATE TABLE broken (id INT);\n\nINSERT INTO broken (id)\nVALUES ('not a number');\n");
        Report report = failToStart(output, withMigrations("failed_history"));
        assertThat(report.description())
                .isEqualTo("MIG-030 Migration " + script("V1__broken.sql") + " (version 1) failed at line 4.\n"
                        + "  Script:      " + script("V1__broken.sql") + ", line 4\n"
                        + "  Statement:   INSERT INTO broken (id) VALUES ('not a number')\n"
                        + "  Database:    ERROR: invalid input syntax for type integer: \"not a number\""
                        + " (SQLState 22P02)\n"
                        + "  Position:    character 33 of the statement\n"
                        + "  Rolled back: the whole migration and its history change: the schema is as it was before"
                        + " version 1 was attempted");
        assertThat(report.action())
                .isEqualTo("Fix the statement in " + script("V1__broken.sql") + " and start again: the migration is"
                        + " not recorded as applied, so it runs again.");
    }

    @Test
    void checksumMismatch(CapturedOutput output) throws IOException {
        write("V1__create_changed.sql", "CREATE TABLE changed (id INT);\n");
        TestApplication.builder(WebApplicationType.NONE, withMigrations("changed_history"))
                .run()
                .close();
        write("V1__create_changed.sql", "CREATE TABLE changed (id BIGINT);\n");
        Report report = failToStart(output, withMigrations("changed_history"));
        String script = script("V1__create_changed.sql");
        assertThat(report.description().replaceAll("applied \\S+ by", "applied <time> by"))
                .isEqualTo("MIG-011 Migration " + script + " (version 1) changed after it was applied: checksum in"
                        + " database 383458849 (applied <time> by " + db.user() + "), checksum of the local file"
                        + " 1160398077.\n"
                        + "  Script:      " + script);
        assertThat(report.action())
                .isEqualTo("Restore the file to the content that was applied (for example with git log/checkout),"
                        + " and put further changes in a new migration. If the edit is intended and harmless (a"
                        + " comment, formatting), run repair to record the new checksum.");
    }

    @Test
    void outOfOrder(CapturedOutput output) throws IOException {
        write("V1__create_ooo.sql", "CREATE TABLE ooo (id INT);\n");
        write("V3__add_ooo_name.sql", "ALTER TABLE ooo ADD COLUMN name TEXT;\n");
        TestApplication.builder(WebApplicationType.NONE, withMigrations("ooo_history"))
                .run()
                .close();
        write("V2__add_ooo_email.sql", "ALTER TABLE ooo ADD COLUMN email TEXT;\n");
        Report report = failToStart(output, withMigrations("ooo_history"));
        assertThat(report.description())
                .isEqualTo("MIG-010 Migration " + script("V2__add_ooo_email.sql") + " (version 2) is pending but"
                        + " older than the newest applied version 3 (" + script("V3__add_ooo_name.sql") + ").\n"
                        + "  Script:      " + script("V2__add_ooo_email.sql"));
        assertThat(report.action())
                .isEqualTo("This usually follows a merge of two branches. Give the migration a version above 3, or"
                        + " set migrations.out-of-order=true to apply it anyway.");
    }

    @Test
    void lockWaitTimedOut(CapturedOutput output) throws Exception {
        write("V2__after_lock.sql", "CREATE TABLE after_lock (id INT);\n");
        Path empty = Files.createDirectories(this.migrations.resolve("empty"));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Migrator holder = Migrator.create(
                db.dataSource(),
                MigrationsConfig.builder()
                        .locations("filesystem:" + empty)
                        .table("locked_history")
                        .javaMigration(new Holder(holding, release))
                        .build());
        Thread thread = new Thread(holder::migrate, "lock-holder");
        thread.start();
        try {
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            List<String> properties = withMigrations("locked_history");
            properties.add("migrations.lock-wait-timeout=1s");
            properties.add("migrations.lock-wait-log-interval=1s");
            Report report = failToStart(output, properties);
            assertThat(report.description()
                            .replaceAll("process \\d+", "process <pid>")
                            .replaceAll("from \\S+, active since \\S+\\.", "from <address>, active since <time>."))
                    .isEqualTo("MIG-050 Timed out after 1 s waiting for the migration lock on"
                            + " \"public\".\"locked_history\", held by server process <pid> (application"
                            + " 'migrations') from <address>, active since <time>.\n"
                            + "  Rolled back: nothing: no migration ran");
            assertThat(report.action().replaceAll("\\d+\\)", "<pid>)"))
                    .isEqualTo("Another instance is migrating, or a session holding the lock is stuck. Wait for it"
                            + " and restart, or raise migrations.lock-wait-timeout for long migrations. If the holder"
                            + " is stuck, end it with SELECT pg_terminate_backend(<pid>) (the lock is released when its"
                            + " session ends).");
        } finally {
            release.countDown();
            thread.join(30_000);
        }
    }

    private String script(String name) {
        return "filesystem:" + this.migrations.resolve(name);
    }

    private void write(String name, String sql) throws IOException {
        Files.writeString(this.migrations.resolve(name), sql);
    }

    private List<String> withMigrations(String table) {
        List<String> properties = new ArrayList<>(TestApplication.connectedTo(db));
        properties.add("migrations.locations=filesystem:" + this.migrations);
        properties.add("migrations.table=" + table);
        return properties;
    }

    private static List<String> withDatabase(String... extra) {
        List<String> properties = new ArrayList<>(List.of("spring.datasource.url=" + db.jdbcUrl()));
        properties.addAll(List.of(extra));
        return properties;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Starts the application, expects it to fail, and reads the failure analysis Spring Boot printed. */
    private static Report failToStart(CapturedOutput output, List<String> properties) {
        List<String> all = new ArrayList<>(properties);
        all.add("migrations.connect-timeout="
                + (all.stream().anyMatch((p) -> p.startsWith("migrations.connect-timeout")) ? "1s" : "10s"));
        assertThatExceptionOfType(Exception.class)
                .isThrownBy(() -> TestApplication.builder(WebApplicationType.NONE, all)
                        .run()
                        .close());
        String text = output.getAll();
        int start = text.lastIndexOf("Description:\n\n");
        assertThat(start).as("a failure analysis in the output").isNotNegative();
        int action = text.indexOf("\n\nAction:\n\n", start);
        String description = text.substring(start + "Description:\n\n".length(), action);
        String rest = text.substring(action + "\n\nAction:\n\n".length());
        int end = rest.indexOf('\n');
        return new Report(description, (end < 0) ? rest.strip() : rest.substring(0, end));
    }

    record Report(String description, String action) {}

    /** A Java migration that holds the migration lock until told to finish. */
    private record Holder(CountDownLatch holding, CountDownLatch release) implements JavaMigration {

        @Override
        public String version() {
            return "1";
        }

        @Override
        public void up(Connection connection) throws Exception {
            this.holding.countDown();
            this.release.await(60, TimeUnit.SECONDS);
        }
    }
}
