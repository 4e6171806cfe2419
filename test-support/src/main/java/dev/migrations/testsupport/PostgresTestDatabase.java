package dev.migrations.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * JUnit 5 extension that gives a test class its own fresh database on a real PostgreSQL server and drops it (and any
 * role it created) afterwards. Register it as a static field:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final PostgresTestDatabase db = new PostgresTestDatabase();
 * </pre>
 */
public final class PostgresTestDatabase implements BeforeAllCallback, AfterAllCallback {

    /**
     * Group of the roles created by {@link #createRoleWithPassword}; a server that trusts local users must check
     * passwords for its members ({@code host all +migrations_password_roles all scram-sha-256} in pg_hba.conf).
     */
    public static final String PASSWORD_GROUP = "migrations_password_roles";

    private final List<String> roles = new ArrayList<>();

    /** Set by {@link #create()}. */
    private @Nullable PostgresServer server;

    /** Set by {@link #create()}, null again after {@link #drop()}. */
    private @Nullable String name;

    /** Creates the database now; usable outside JUnit (for example from a benchmark or a child process). */
    public PostgresTestDatabase create() {
        server = PostgresServer.get();
        String created = "mig_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        name = created;
        admin("CREATE DATABASE " + created);
        // Tests assert the server's own messages: pin their language for every session of this database, whatever
        // lc_messages the server was installed with (a German server would otherwise fail them).
        admin("ALTER DATABASE " + created + " SET lc_messages TO 'C'");
        return this;
    }

    /** Drops the database (terminating its sessions) and the roles created through it. */
    public void drop() {
        String created = name;
        if (created != null) {
            admin("DROP DATABASE IF EXISTS " + created + " WITH (FORCE)");
            for (String role : roles) {
                admin("DROP ROLE IF EXISTS " + role);
            }
            roles.clear();
            name = null;
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        create();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        drop();
    }

    /** Name of this test class's database. */
    public String name() {
        String created = name;
        if (created == null) {
            throw new IllegalStateException("The test database is not created (or dropped already)");
        }
        return created;
    }

    /** JDBC URL of this database, without credentials. */
    public String jdbcUrl() {
        return server().jdbcUrl(name());
    }

    /** The admin user, who owns the database. */
    public String user() {
        return server().adminUser();
    }

    /** The admin password, or {@code null} when the server trusts the admin user. */
    public @Nullable String password() {
        return server().adminPassword();
    }

    public PostgresServer server() {
        PostgresServer created = server;
        if (created == null) {
            throw new IllegalStateException("The test database is not created");
        }
        return created;
    }

    /** A new admin connection to this database (autocommit on): for setup, {@code pg_locks}, killing backends. */
    public Connection connect() throws SQLException {
        return server().connect(name());
    }

    /** A non-pooling {@link DataSource} for this database, as the admin user. */
    public DataSource dataSource() {
        return dataSource(server().adminUser(), server().adminPassword());
    }

    /**
     * A non-pooling {@link DataSource} for this database as the given role: the driver's own, so tests see its
     * behaviour with no pool in between (test-support cannot use the engine's {@code DriverManagerDataSource}, as the
     * engine's tests depend on this module).
     */
    public DataSource dataSource(String user, @Nullable String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl());
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    /**
     * Creates a login role that needs {@code password} to connect (the server is switched to password checks for it
     * when it trusts everyone), owned by this test class and dropped with its database.
     */
    public String createRoleWithPassword(String password, String... grants) {
        String role = "mig_role_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);
        admin("DO $$BEGIN CREATE ROLE " + PASSWORD_GROUP
                + " NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END$$");
        admin("CREATE ROLE " + role + " LOGIN PASSWORD '" + password.replace("'", "''") + "' IN ROLE "
                + PASSWORD_GROUP);
        roles.add(role);
        requirePasswordCheck(role, password);
        admin("GRANT ALL ON DATABASE " + name() + " TO " + role);
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("GRANT ALL ON SCHEMA public TO " + role);
            for (String grant : grants) {
                statement.execute(grant.replace("{role}", role));
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
        return role;
    }

    private void requirePasswordCheck(String role, String password) {
        try (Connection ignored = java.sql.DriverManager.getConnection(
                jdbcUrl(), PostgresServer.credentials(role, password + "-wrong"))) {
            throw new IllegalStateException("The test server let role " + role + " in with a wrong password, so "
                    + "authentication failures cannot be tested. Add this line at the top of pg_hba.conf and reload:\n"
                    + "  host all +" + PASSWORD_GROUP + " all scram-sha-256\n(`bash .ci/run` does this for the local "
                    + "server.)");
        } catch (SQLException expected) {
            // 28P01: the server checked the password, as it must
        }
    }

    /** Runs {@code sql} on this database as admin. */
    public void execute(String sql) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException ex) {
            throw new IllegalStateException("Failed: " + sql + ": " + ex.getMessage(), ex);
        }
    }

    /** The number {@code sql} selects on this database as admin: {@code SELECT count(*) FROM ...}. */
    public long count(String sql) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException ex) {
            throw new IllegalStateException("Failed: " + sql + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * The psql command line for this database, stopping at the first error and reading no ~/.psqlrc, followed by
     * {@code arguments}; the password, if any, goes in {@code PGPASSWORD}.
     */
    public List<String> psql(String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                "psql",
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                server().host(),
                "-p",
                String.valueOf(server().port()),
                "-U",
                user(),
                "-d",
                name()));
        command.addAll(List.of(arguments));
        return command;
    }

    private void admin(String sql) {
        try (Connection connection = server().adminConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException ex) {
            throw new IllegalStateException("Failed on the test server: " + sql + ": " + ex.getMessage(), ex);
        }
    }
}
