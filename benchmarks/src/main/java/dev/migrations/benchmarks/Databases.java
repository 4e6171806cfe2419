package dev.migrations.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server under test: a fresh database per measurement ({@code bench_*}), dropped afterwards. The
 * server is given as host, port and user (trust or PGPASSWORD authentication).
 */
final class Databases {

    private final String host;
    private final int port;
    private final String user;
    private final String password;

    Databases(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** A non-pooling data source: each engine opens its own connections, as on a fresh application start. */
    DataSource dataSource(String database) {
        return dataSource(url(database), user, password);
    }

    static DataSource dataSource(String url, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        if (password != null) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }

    private Connection admin() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url("postgres"), properties);
    }

    void create(String database) throws SQLException {
        drop(database);
        try (Connection connection = admin();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
    }

    void drop(String database) throws SQLException {
        try (Connection connection = admin();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** Drops every {@code bench_*} database a killed earlier run may have left. */
    void dropLeftovers() throws SQLException {
        try (Connection connection = admin();
                Statement statement = connection.createStatement();
                ResultSet rs =
                        statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'bench\\_%'")) {
            java.util.List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            for (String name : names) {
                drop(name);
            }
        }
    }

    String serverVersion() throws SQLException {
        try (Connection connection = admin();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT version()")) {
            rs.next();
            String version = rs.getString(1);
            int comma = version.indexOf(',');
            return (comma > 0) ? version.substring(0, comma) : version;
        }
    }

    String setting(String name) throws SQLException {
        try (Connection connection = admin();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Checks that {@code n} tables and {@code n} history rows exist after a run, so no engine skips work. */
    void verify(String database, Engine engine, int n) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(database), user, password);
                Statement statement = connection.createStatement()) {
            long tables = count(
                    statement,
                    "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename ~ '^t_[0-9]+$'");
            long rows = count(statement, "SELECT count(*) FROM " + engine.historyTable());
            long data = count(statement, "SELECT count(*) FROM t_" + n);
            if (tables != n || rows < n || data != 1) {
                throw new IllegalStateException(engine.label() + " left " + tables + " tables, " + rows
                        + " history rows and " + data + " rows in t_" + n + " for N=" + n);
            }
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
