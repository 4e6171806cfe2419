package dev.migrations.schema;

import dev.migrations.core.DriverManagerDataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A database with a random name, created for one comparison and always dropped: by {@link #close()} (use
 * try-with-resources), or by a shutdown hook when the JVM is stopped first (Ctrl-C during a diff).
 */
final class ScratchDatabase extends DriverManagerDataSource implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ScratchServer server;

    private final String name;

    private final Thread hook;

    private ScratchDatabase(ScratchServer server, String name) {
        super(server.urlOf(name), server.user(), server.password(), ScratchServer.PROPERTIES);
        this.server = server;
        this.name = name;
        this.hook = new Thread(this::drop, "migrations-scratch-" + name);
    }

    static ScratchDatabase create(ScratchServer server) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        ScratchDatabase database = new ScratchDatabase(
                server, "migrations_scratch_" + HexFormat.of().formatHex(random));
        try (Connection connection = server.connect(server.url());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database.name + " TEMPLATE template0");
        } catch (SQLException ex) {
            throw new AutogenerateException(
                    "MIG-100",
                    "Could not create a scratch database on " + server + ": "
                            + AutogenerateException.databaseMessage(ex),
                    "Give the role CREATEDB (ALTER ROLE ... CREATEDB) or point autogenerate at a server where it may"
                            + " create databases.",
                    ex);
        }
        Runtime.getRuntime().addShutdownHook(database.hook);
        return database;
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        drop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: the database is dropped either way
        }
    }

    private void drop() {
        try (Connection connection = server.connect(server.url());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "Could not drop the scratch database " + name + " (drop it by hand): " + ex.getMessage(), ex);
        }
    }
}
