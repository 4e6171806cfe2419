package dev.migrations.schema;

import dev.migrations.core.DriverManagerDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL server on which autogenerate creates its scratch databases: a JDBC URL of any database there, and a
 * role allowed to {@code CREATE DATABASE}.
 *
 * @param url a {@code jdbc:postgresql://host:port/database} URL
 * @param user the role, or {@code null} to take it from the URL
 * @param password its password, or {@code null}; never printed
 * @since 0.1.0
 */
public record ScratchServer(
        String url, @Nullable String user, @Nullable String password) {

    /** Autogenerate never waits forever for a server (house rule 4). */
    static final Map<String, String> PROPERTIES = Map.of("connectTimeout", "10");

    public ScratchServer {
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("A scratch server needs a jdbc:postgresql:// URL, not '"
                    + (url == null ? null : url.replaceAll("password=[^&]*", "password=******")) + "'");
        }
    }

    /** The same server's URL for {@code database}, keeping the URL's parameters. */
    String urlOf(String database) {
        int hostStart = "jdbc:postgresql://".length();
        int slash = url.indexOf('/', hostStart);
        int query = url.indexOf('?');
        String prefix = slash < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, slash);
        return prefix + "/" + database + (query < 0 ? "" : url.substring(query));
    }

    Connection connect(String jdbcUrl) throws SQLException {
        return new DriverManagerDataSource(jdbcUrl, user, password, PROPERTIES).getConnection();
    }

    @Override
    public String toString() {
        return "ScratchServer[" + url.replaceAll("password=[^&]*", "password=******") + "]";
    }
}
