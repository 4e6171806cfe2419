package dev.migrations.core;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of every setting a session can change with {@code SET} (the role and session user included), and the
 * single round trip that puts back those that differ. A migration that runs {@code SET search_path} or {@code SET ROLE}
 * must not change where the next migration creates its objects, nor hand the application's pool a connection that
 * looks at another schema: each migration starts from the settings the run started with, and the connection leaves the
 * run with the settings it came with, including those a pool set before lending it.
 */
final class SessionSettings {

    // the session user first and the role second: restoring them first gives back the privileges the others need
    private static final String SNAPSHOT = "SELECT s.name, current_setting(s.name) FROM ("
            + "SELECT 'session_authorization' AS name, 0 AS o UNION ALL SELECT 'role', 1"
            + " UNION ALL SELECT name, 2 FROM pg_catalog.pg_settings WHERE context IN ('user', 'superuser')"
            + " AND name NOT LIKE 'transaction\\_%') s ORDER BY s.o, s.name";

    // set_config runs once per differing setting, in the snapshot's order (a scan feeding an aggregate)
    private static final String RESTORE = "SELECT count(pg_catalog.set_config(v.name, v.value, false))"
            + " FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS v(name, value, i)"
            + " WHERE pg_catalog.current_setting(v.name) IS DISTINCT FROM v.value";

    private final String[] names;

    private final String[] values;

    private SessionSettings(String[] names, String[] values) {
        this.names = names;
        this.values = values;
    }

    /** The connection's settings now, or null where the database has no such settings to keep (H2). */
    static @Nullable SessionSettings capture(Connection connection, Dialect dialect) throws SQLException {
        if (!dialect.vendor().equals("postgresql")) {
            return null;
        }
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(SNAPSHOT)) {
            while (rs.next()) {
                names.add(rs.getString(1));
                values.add(rs.getString(2));
            }
        }
        return new SessionSettings(names.toArray(String[]::new), values.toArray(String[]::new));
    }

    /** Puts back every setting that differs from the snapshot; returns how many did. */
    int restore(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(RESTORE)) {
            Array n = connection.createArrayOf("text", names);
            Array v = connection.createArrayOf("text", values);
            statement.setArray(1, n);
            statement.setArray(2, v);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
