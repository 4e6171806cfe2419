package dev.migrations.schema;

import java.sql.Connection;
import java.sql.SQLException;

/** The schema of a database that exists, read in a read-only transaction. */
record LiveDatabase(ScratchServer database) implements DesiredSchema {

    @Override
    public SchemaSnapshot snapshot(ScratchServer server, SnapshotOptions options) {
        try (Connection connection = database.connect(database.url())) {
            return SchemaSnapshot.read(connection, options);
        } catch (SQLException ex) {
            throw new AutogenerateException(
                    "MIG-101",
                    "Could not read the schema of " + database + ": " + AutogenerateException.databaseMessage(ex),
                    "Check the URL, the credentials and that the server accepts connections.",
                    ex);
        }
    }

    @Override
    public String describe() {
        return "database " + database.url().replaceAll("\\?.*", "");
    }
}
