package dev.migrations.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/** A declarative schema in SQL files, built in a scratch database. */
record SqlSchemaFiles(Path location) implements DesiredSchema {

    @Override
    public SchemaSnapshot snapshot(ScratchServer server, SnapshotOptions options) throws SQLException {
        List<Path> files = files();
        try (ScratchDatabase scratch = ScratchDatabase.create(server);
                Connection connection = scratch.getConnection()) {
            for (Path file : files) {
                run(connection, file);
            }
            return SchemaSnapshot.read(connection, options);
        }
    }

    private static void run(Connection connection, Path file) {
        try (Statement statement = connection.createStatement()) {
            // the driver splits the file as PostgreSQL would ($$ bodies, quoted ;) and the server reports the position
            statement.execute(Files.readString(file, StandardCharsets.UTF_8));
        } catch (SQLException ex) {
            throw new AutogenerateException(
                    "MIG-101",
                    "The schema file " + file + " failed: " + AutogenerateException.databaseMessage(ex),
                    "Fix the statement in " + file + "; it must run on an empty database.",
                    ex);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private List<Path> files() {
        if (Files.isRegularFile(location)) {
            return List.of(location);
        }
        if (!Files.isDirectory(location)) {
            throw new AutogenerateException(
                    "MIG-101",
                    "The schema file or folder " + location + " does not exist",
                    "Pass an existing .sql file or a folder of .sql files.",
                    null);
        }
        try (Stream<Path> walk = Files.walk(location)) {
            return walk.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public String describe() {
        return "schema files " + location;
    }
}
