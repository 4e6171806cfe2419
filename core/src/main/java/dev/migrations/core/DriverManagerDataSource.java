package dev.migrations.core;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A {@link DataSource} that opens a new connection through {@link DriverManager} on every call, for the tools that run
 * a handful of sessions (the command line, autogenerate's scratch databases, the test kit) where a pool would only
 * cost start time. Its {@code toString()} masks the password in the URL. A subclass may hand out a kept connection by
 * overriding {@link #getConnection()}.
 *
 * @since 0.1.0
 */
public class DriverManagerDataSource implements DataSource {

    private final String url;

    private final @Nullable String user;

    private final @Nullable String password;

    private final Map<String, String> properties;

    /**
     * A data source for {@code url}.
     *
     * @param url the JDBC URL
     * @param user the user, or {@code null} for the one in the URL (or the driver's default)
     * @param password the password, or {@code null}
     */
    public DriverManagerDataSource(String url, @Nullable String user, @Nullable String password) {
        this(url, user, password, Map.of());
    }

    /**
     * A data source for {@code url} with more connection properties, such as {@code connectTimeout}.
     *
     * @param url the JDBC URL
     * @param user the user, or {@code null} for the one in the URL (or the driver's default)
     * @param password the password, or {@code null}
     * @param properties driver properties sent with every connection
     */
    public DriverManagerDataSource(
            String url, @Nullable String user, @Nullable String password, Map<String, String> properties) {
        this.url = Objects.requireNonNull(url, "url");
        this.user = user;
        this.password = password;
        this.properties = Map.copyOf(properties);
    }

    /** The JDBC URL, as given (with its password, if it holds one: print {@link #toString()} instead). */
    public String url() {
        return url;
    }

    /** The user, or {@code null}. */
    public @Nullable String user() {
        return user;
    }

    /** The password, or {@code null}; never printed. */
    public @Nullable String password() {
        return password;
    }

    /** The same server and credentials, for another URL (another database on the server). */
    public DriverManagerDataSource withUrl(String otherUrl) {
        return new DriverManagerDataSource(otherUrl, user, password, properties);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(@Nullable String username, @Nullable String pass) throws SQLException {
        Properties info = new Properties();
        info.putAll(properties);
        if (username != null) {
            info.setProperty("user", username);
        }
        if (pass != null) {
            info.setProperty("password", pass);
        }
        return DriverManager.getConnection(url, info);
    }

    @Override
    public @Nullable PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("Not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + Secrets.maskUrl(url) + "]";
    }
}
