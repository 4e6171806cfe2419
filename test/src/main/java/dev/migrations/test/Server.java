package dev.migrations.test;

import dev.migrations.core.DriverManagerDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL server the kit works on, reached through the JDBC URL of any database on it (the application's own,
 * a container's, an admin URL). The kit creates its scratch databases next to that database with the same
 * credentials, so the role needs {@code CREATEDB}; it never touches the database the URL names.
 */
final class Server {

    /** Scratch databases the kit creates; dropped after use, so a leftover means a killed test JVM. */
    static final String SCRATCH_PREFIX = "migrations_test_";

    private final String url;

    private final String user;

    private final String password;

    private final String prefix;

    private final String suffix;

    Server(String url, @Nullable String user, @Nullable String password) {
        this.url = Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("The migrations test kit needs a jdbc:postgresql: URL, but was given '"
                    + Redaction.url(url) + "'.");
        }
        Properties query = query(url);
        this.user = (user != null) ? user : query.getProperty("user");
        this.password = (password != null) ? password : query.getProperty("password");
        int question = url.indexOf('?');
        String base = (question < 0) ? url : url.substring(0, question);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        this.prefix = (slash < 0) ? base + "/" : base.substring(0, slash + 1);
        // keep the connection options (ssl, timeouts) but not the credentials, which travel as properties
        this.suffix = (question < 0) ? "" : "?" + withoutCredentials(url.substring(question + 1));
    }

    /** The server of the database that {@code url} names, with credentials taken from the URL when not given. */
    static Server of(String url, @Nullable String user, @Nullable String password) {
        return new Server(url, user, password);
    }

    /** JDBC URL of {@code database} on this server, without credentials. */
    String url(String database) {
        return prefix + database + suffix;
    }

    String user() {
        return user;
    }

    /** The password, or {@code null}; never printed. */
    String password() {
        return password;
    }

    /** A non-pooling data source for {@code database}: the kit holds no connection between two steps. */
    DriverManagerDataSource dataSource(String database) {
        return new DriverManagerDataSource(url(database), user, password);
    }

    Connection connect(String database) throws SQLException {
        return dataSource(database).getConnection();
    }

    /**
     * A connection for {@code CREATE DATABASE} and {@code DROP DATABASE}: to the database the given URL names, or, once
     * that is gone (a test extension dropped the application's database before the kit's cleanup), to
     * {@code postgres} or {@code template1}.
     */
    Connection admin() throws SQLException {
        try {
            return new DriverManagerDataSource(url, user, password).getConnection();
        } catch (SQLException ex) {
            if (!"3D000".equals(ex.getSQLState())) { // 3D000: invalid_catalog_name, the database does not exist
                throw ex;
            }
            for (String maintenance : new String[] {"postgres", "template1"}) {
                try {
                    return connect(maintenance);
                } catch (SQLException ignored) {
                    ex.addSuppressed(ignored);
                }
            }
            throw ex;
        }
    }

    /** A new, unused database name. */
    static String scratchName() {
        return SCRATCH_PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    /** Creates {@code database}, as a copy of {@code template} when it is not {@code null}. */
    void create(String database, @Nullable String template) {
        String sql = "CREATE DATABASE " + database + ((template != null) ? " TEMPLATE " + template : "");
        for (int attempt = 1; ; attempt++) {
            try {
                execute(sql);
                return;
            } catch (SQLException ex) {
                // 55006: someone is still connected to the template (a pool closing late); this ends within a second
                if (!"55006".equals(ex.getSQLState()) || attempt == 20) {
                    throw new IllegalStateException(
                            "Could not create the scratch database " + database + " on " + Redaction.url(url) + ": "
                                    + ex.getMessage() + "\n  Statement: " + sql
                                    + "\n  Action: connect as a role allowed to CREATE DATABASE (the kit creates"
                                    + " its databases next to the one it was given).",
                            ex);
                }
                sleep(50);
            }
        }
    }

    /** Drops {@code database}, ending the sessions still connected to it. */
    void drop(String database) {
        try {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "Could not drop the scratch database " + database + ": " + ex.getMessage(), ex);
        }
    }

    /** Whether {@code database} exists on this server. */
    boolean exists(String database) {
        try (Connection connection = admin();
                var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            statement.setString(1, database);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "Could not list the databases of " + Redaction.url(url) + ": " + ex.getMessage(), ex);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = admin();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the template database", ex);
        }
    }

    private static Properties query(String url) {
        Properties properties = new Properties();
        int question = url.indexOf('?');
        if (question >= 0) {
            for (String pair : url.substring(question + 1).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    properties.setProperty(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return properties;
    }

    private static String withoutCredentials(String query) {
        StringBuilder kept = new StringBuilder();
        for (String pair : query.split("&")) {
            if (!pair.startsWith("user=") && !pair.startsWith("password=") && !pair.isEmpty()) {
                kept.append((kept.length() > 0) ? "&" : "").append(pair);
            }
        }
        return kept.toString();
    }

    @Override
    public String toString() {
        return Redaction.url(url);
    }
}
