package dev.migrations.core;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Why the migration connection could not be opened, classified once by the engine and carried by the
 * {@link MigrationException#connectionFailure() exception}, so that Spring Boot's failure analysis, the command line
 * and {@link DatabaseWait} read the same answer instead of matching texts or SQLStates each.
 *
 * @since 0.1.0
 */
public enum ConnectionFailure {

    /** The server refused the user name or password (SQLState 28P01 or 28000). */
    AUTHENTICATION(
            "authentication failed",
            "The database refused the credentials: ",
            "Check the user name and password given to the application. A password that still contains ${...} was"
                    + " never expanded: set it from the real environment variable or secret.",
            false),

    /** The server runs, but the database of the URL does not exist (SQLState 3D000). */
    UNKNOWN_DATABASE(
            "the database does not exist",
            "The database does not exist: ",
            "Create the database (CREATE DATABASE ...) or fix the database name in the JDBC URL.",
            false),

    /** The host name of the URL does not resolve. */
    UNKNOWN_HOST(
            "unknown host",
            "Unknown database host: ",
            "Fix the host name in the JDBC URL; inside a container network use the database service's name.",
            true),

    /** Nothing listens on the host and port of the URL, or no route leads there. */
    REFUSED(
            "connection refused",
            "The database refused the connection: ",
            "Check that the database is running and listening on the host and port of the JDBC URL.",
            true),

    /** The server did not answer in time: the driver's socket timed out, or the engine's connect timeout passed. */
    TIMEOUT(
            "connect timeout",
            "Connecting to the database timed out: ",
            "Check that the database is reachable from here (host, port, firewall) and running.",
            true),

    /** The thread that was connecting was interrupted (the application is shutting down). */
    INTERRUPTED(
            "interrupted",
            "Interrupted while connecting.",
            "The application is shutting down; nothing was migrated.",
            false),

    /** Anything else the driver reported. */
    OTHER(
            "connection failed",
            "Could not connect to the database: ",
            "Check the JDBC URL, user and password, and that the database is running.",
            true);

    private final String reason;

    private final String summary;

    private final String action;

    private final boolean retryable;

    ConnectionFailure(String reason, String summary, String action, boolean retryable) {
        this.reason = reason;
        this.summary = summary;
        this.action = action;
        this.retryable = retryable;
    }

    /** A few words for a heading, for example {@code "connection refused"}. */
    public String reason() {
        return reason;
    }

    /** What to do about it. */
    public String action() {
        return action;
    }

    /**
     * Whether waiting may fix it (a server still starting, a network coming up); a wrong password or a missing
     * database does not pass with time.
     */
    public boolean retryable() {
        return retryable;
    }

    /** The start of the exception's summary; the driver's message follows. */
    String summary() {
        return summary;
    }

    /** Classifies what the driver or pool threw when asked for a connection. */
    static ConnectionFailure of(Throwable ex) {
        SQLException sql = Failures.sqlCause(ex);
        String state = (sql != null) ? sql.getSQLState() : null;
        if ("28P01".equals(state) || "28000".equals(state)) {
            return AUTHENTICATION;
        }
        if ("3D000".equals(state)) {
            return UNKNOWN_DATABASE;
        }
        if (hasCause(ex, UnknownHostException.class)) {
            return UNKNOWN_HOST;
        }
        if (hasCause(ex, ConnectException.class)
                || hasCause(ex, NoRouteToHostException.class)
                || "08001".equals(state) && chainSays(ex, "refused")) {
            return REFUSED;
        }
        if (hasCause(ex, SocketTimeoutException.class)) {
            return TIMEOUT;
        }
        return OTHER;
    }

    private static boolean chainSays(Throwable ex, String text) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
