package dev.migrations.test;

import dev.migrations.core.MigrationInfo;
import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Migrated states kept as PostgreSQL template databases, so that a database at version N is a {@code CREATE DATABASE
 * ... TEMPLATE} away (milliseconds) instead of N migrations away. A template's name is a hash chained over the
 * configuration and the first N migrations (version, script, checksum), so changing a file, adding one below, or
 * changing a placeholder makes new templates and the stale ones are never used.
 */
final class Templates {

    /** Template databases the kit keeps between runs (and test JVMs); safe to drop at any time. */
    static final String PREFIX = "migrations_tpl_";

    /** Marks, in a template's comment, the template of the empty state of the same locations and settings. */
    private static final String ROOT = "[root ";

    private final Server server;

    private final MigrationsConfig config;

    /** keys.get(n): the name of the template holding the first n migrations; keys.get(0) is the empty database. */
    private final List<String> names;

    Templates(Server server, MigrationsConfig config, List<MigrationInfo> migrations) {
        this.server = server;
        this.config = config;
        this.names = names(config, migrations);
    }

    private static List<String> names(MigrationsConfig config, List<MigrationInfo> migrations) {
        List<String> names = new ArrayList<>(migrations.size() + 1);
        MessageDigest digest = sha256();
        Map<String, String> placeholders = new TreeMap<>(config.placeholders());
        digest.update(("kit-v1|" + config.locations() + "|" + config.schema() + "|" + config.table() + "|"
                        + config.placeholderReplacement() + "|" + placeholders)
                .getBytes(StandardCharsets.UTF_8));
        byte[] chain = digest.digest();
        names.add(PREFIX + HexFormat.of().formatHex(chain, 0, 12));
        for (MigrationInfo migration : migrations) {
            digest.update(chain);
            // a Java migration has no checksum: its class name stands in (a changed class needs a dropped template)
            digest.update(("|" + migration.version() + "|" + migration.script() + "|" + migration.checksum())
                    .getBytes(StandardCharsets.UTF_8));
            chain = digest.digest();
            names.add(PREFIX + HexFormat.of().formatHex(chain, 0, 12));
        }
        return List.copyOf(names);
    }

    /** The template name for the state after the first {@code count} migrations. */
    String name(int count) {
        return names.get(count);
    }

    /**
     * The name of a template holding the first {@code count} migrations applied, built now when missing (from the
     * largest cached state below it, so a new migration costs one migration).
     */
    String ensure(int count, List<MigrationInfo> migrations) {
        Set<String> existing = existing();
        if (existing.contains(names.get(count))) {
            return names.get(count);
        }
        int from = count;
        while (from > 0 && !existing.contains(names.get(from))) {
            from--;
        }
        String building = Server.scratchName();
        server.create(building, existing.contains(names.get(from)) ? names.get(from) : null);
        try {
            if (count > 0) {
                Migrator.create(server.dataSource(building), config)
                        .migrate(migrations.get(count - 1).version());
            }
            publish(building, count, migrations);
        } catch (RuntimeException ex) {
            server.drop(building);
            throw ex;
        }
        return names.get(count);
    }

    /**
     * Turns a database holding exactly the first {@code count} migrations into their template, unless another test
     * JVM did it first (then {@code database} is dropped). The rename is atomic, so no one sees a half-built template.
     */
    void publish(String database, int count, List<MigrationInfo> migrations) {
        String name = names.get(count);
        try {
            server.execute("ALTER DATABASE " + database + " RENAME TO " + name);
        } catch (SQLException ex) {
            server.drop(database);
            if (!"42P04".equals(ex.getSQLState())) { // 42P04: duplicate_database, someone else published it
                throw new IllegalStateException(
                        "Could not keep " + database + " as template " + name + ": " + ex.getMessage(), ex);
            }
            return;
        }
        String description = (count == 0)
                ? "empty"
                : "V" + migrations.get(0).version() + " to V"
                        + migrations.get(count - 1).version();
        try {
            server.execute("COMMENT ON DATABASE " + name + " IS 'migrations test kit template: " + description + " ("
                    + count + " migrations); safe to drop " + ROOT + names.get(0) + "]'");
        } catch (SQLException ex) {
            // the comment only helps people who look at the server; the template works without it
        }
    }

    /**
     * Drops the templates of earlier versions of these same migrations (same locations and settings, a file since
     * changed or removed): they can never be used again, and each costs a database's worth of disk on a developer's
     * long-lived server. Templates of other locations are left alone. Runs once per kit.
     */
    void dropStale() {
        List<String> stale = new ArrayList<>();
        try (Connection connection = server.admin();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT datname, shobj_description(oid, 'pg_database')"
                        + " FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (rows.next()) {
                String comment = rows.getString(2);
                if (comment != null
                        && comment.contains(ROOT + names.get(0) + "]")
                        && !names.contains(rows.getString(1))) {
                    stale.add(rows.getString(1));
                }
            }
        } catch (SQLException ex) {
            return; // only housekeeping: the kit works with stale templates around
        }
        for (String name : stale) {
            try {
                server.drop(name);
            } catch (RuntimeException ex) {
                // another test JVM may be copying it right now; a later run drops it
            }
        }
    }

    private Set<String> existing() {
        Set<String> found = new HashSet<>();
        try (Connection connection = server.admin();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "Could not list the template databases on " + server + ": " + ex.getMessage(), ex);
        }
        return found;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
