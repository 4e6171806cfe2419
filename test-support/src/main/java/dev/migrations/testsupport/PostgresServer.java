package dev.migrations.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL server the tests of this JVM run against: the one named by {@value #URL_VARIABLE}, else a
 * Testcontainers container, else a failure that says how to provide one. Tests never skip for want of a database.
 */
public final class PostgresServer {

    /** Environment variable (or system property {@value #URL_PROPERTY}) holding an admin JDBC URL. */
    public static final String URL_VARIABLE = "MIGRATIONS_TEST_POSTGRES_URL";

    /** System property alternative to {@value #URL_VARIABLE}. */
    public static final String URL_PROPERTY = "migrations.test.postgres.url";

    /** The image started when no server is configured and Docker answers; pinned so results are repeatable. */
    public static final String IMAGE = "postgres:15.8-alpine";

    private static volatile @Nullable PostgresServer instance;

    private final String adminUrl;

    private final String host;

    private final int port;

    private final String user;

    private final @Nullable String password;

    private PostgresServer(String adminUrl, String user, @Nullable String password) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        String rest = adminUrl.substring("jdbc:postgresql://".length());
        int slash = rest.indexOf('/');
        String hostPort = (slash < 0) ? rest : rest.substring(0, slash);
        int colon = hostPort.lastIndexOf(':');
        this.host = (colon < 0) ? hostPort : hostPort.substring(0, colon);
        this.port = (colon < 0) ? 5432 : Integer.parseInt(hostPort.substring(colon + 1));
    }

    /** The server for this JVM, started or located on first use. */
    public static PostgresServer get() {
        PostgresServer server = instance;
        if (server == null) {
            synchronized (PostgresServer.class) {
                server = instance;
                if (server == null) {
                    server = locate();
                    instance = server;
                }
            }
        }
        return server;
    }

    private static PostgresServer locate() {
        String url = System.getProperty(URL_PROPERTY, System.getenv(URL_VARIABLE));
        if (url != null && !url.isBlank()) {
            return fromUrl(url.trim());
        }
        if (Containers.dockerAvailable()) {
            return Containers.start();
        }
        throw new IllegalStateException("No PostgreSQL server for the database tests. Provide one of:\n"
                + "  - an admin JDBC URL of a running server: export " + URL_VARIABLE
                + "='jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres'\n"
                + "    (the role must be allowed to CREATE DATABASE and CREATE ROLE; `bash .ci/run` sets this up)\n"
                + "  - a running Docker engine, so that Testcontainers can start " + IMAGE + "\n"
                + "Database tests are never skipped.");
    }

    static PostgresServer fromUrl(String url) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new IllegalStateException(URL_VARIABLE + " must be a jdbc:postgresql:// URL but was '"
                    + url.replaceAll("password=[^&]*", "password=******") + "'");
        }
        Properties query = queryParameters(url);
        return new PostgresServer(url, query.getProperty("user", "postgres"), query.getProperty("password"));
    }

    static PostgresServer of(String url, String user, @Nullable String password) {
        return new PostgresServer(url, user, password);
    }

    private static Properties queryParameters(String url) {
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

    /** A new connection to the admin database (autocommit on). */
    public Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(adminUrl, credentials(user, password));
    }

    /** A new connection to {@code database} as the admin user. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), credentials(user, password));
    }

    /** JDBC URL of {@code database} on this server, without credentials. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String adminUser() {
        return user;
    }

    /** The admin password, or {@code null} when the server trusts the admin user. */
    public @Nullable String adminPassword() {
        return password;
    }

    static Properties credentials(String user, @Nullable String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }
}
