package dev.migrations.test;

import dev.migrations.core.DriverManagerDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;

/**
 * A data source that keeps one connection to a scratch database open across the stairway's many short sessions: a
 * new PostgreSQL connection costs more than a stair's catalog snapshot. Each {@code close()} ends what the session
 * left (an open transaction, {@code SET}s a migration made, advisory locks) with {@code DISCARD ALL}, so every
 * session starts as on a fresh connection. One user at a time, as the stairway is.
 */
final class ReusedConnection extends DriverManagerDataSource implements AutoCloseable {

    private @Nullable Connection physical;

    ReusedConnection(DriverManagerDataSource target) {
        super(target.url(), target.user(), target.password());
    }

    @Override
    public synchronized Connection getConnection() throws SQLException {
        if (physical == null || physical.isClosed()) {
            physical = super.getConnection(user(), password());
        }
        Connection connection = physical;
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        reset(connection);
                        return null;
                    }
                    if (method.getName().equals("isClosed") && method.getParameterCount() == 0) {
                        return connection.isClosed();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException ex) {
                        throw ex.getCause();
                    }
                });
    }

    private synchronized void reset(Connection connection) {
        try {
            if (connection.isClosed()) {
                return;
            }
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DISCARD ALL");
            }
        } catch (SQLException ex) {
            closePhysical(); // broken or in a state we cannot vouch for: the next session gets a new one
        }
    }

    private void closePhysical() {
        try {
            if (physical != null) {
                physical.close();
            }
        } catch (SQLException ex) {
            // it is being dropped with its database anyway
        }
        physical = null;
    }

    @Override
    public synchronized void close() {
        closePhysical();
    }

    @Override
    public Connection getConnection(@Nullable String username, @Nullable String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("one user per scratch database");
    }
}
