package dev.migrations.schema;

import java.nio.file.Path;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Where the schema the code wants comes from: SQL schema files, another live database, or JPA entities
 * ({@link EntitySchema}).
 *
 * @since 0.1.0
 */
public interface DesiredSchema {

    /**
     * Reads the desired schema. Implementations that need a database build it in a scratch database on
     * {@code server}, which is dropped before this method returns.
     */
    SchemaSnapshot snapshot(ScratchServer server, SnapshotOptions options) throws SQLException;

    /** A one-line description for summaries, for example {@code schema files db/schema.sql}. */
    String describe();

    /**
     * A declarative SQL schema: one file, or every {@code .sql} file of a folder and its subfolders in name order,
     * run in a scratch database.
     */
    static DesiredSchema sqlFiles(Path fileOrFolder) {
        return new SqlSchemaFiles(fileOrFolder);
    }

    /** The schema of another database as it is, read without changing it (for drift reports). */
    static DesiredSchema liveDatabase(String url, @Nullable String user, @Nullable String password) {
        return new LiveDatabase(new ScratchServer(url, user, password));
    }
}
