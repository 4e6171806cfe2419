package dev.migrations.schema;

import dev.migrations.core.MigrationScript;
import dev.migrations.core.MigrationScripts;
import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the next migration from the difference between what the migrations build and what the code wants. Every
 * local migration is applied to a scratch database (random name, always dropped); the desired schema comes from a
 * {@link DesiredSchema}; the catalog diff between the two gives the up part, the reverse diff the down part.
 *
 * <pre>
 * Autogenerate autogenerate = Autogenerate.on(server, config);
 * SchemaMigration migration = autogenerate.diff(DesiredSchema.sqlFiles(Path.of("db/schema.sql")), List.of());
 * if (!migration.isEmpty()) {
 *     autogenerate.write(migration, Path.of("src/main/resources/db/migrations"), "add nickname");
 * }
 * </pre>
 *
 * @since 0.1.0
 */
public final class Autogenerate {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)(?:[._]\\d+)*__.*\\.sql");

    private final ScratchServer server;

    private final MigrationsConfig config;

    private final DiffOptions options;

    private final SnapshotOptions snapshotOptions;

    private Autogenerate(
            ScratchServer server, MigrationsConfig config, DiffOptions options, SnapshotOptions snapshotOptions) {
        this.server = server;
        this.config = config;
        this.options = options;
        this.snapshotOptions = snapshotOptions;
    }

    /** Autogenerate with scratch databases on {@code server}, for the migrations {@code config} locates. */
    public static Autogenerate on(ScratchServer server, MigrationsConfig config) {
        return new Autogenerate(
                server,
                config,
                DiffOptions.defaults(),
                SnapshotOptions.defaults().excludingTables(config.table()));
    }

    /** This autogenerate writing statements as {@code options} say. */
    public Autogenerate withOptions(DiffOptions options) {
        return new Autogenerate(server, config, options, snapshotOptions);
    }

    /**
     * This autogenerate leaving {@code tables} (unqualified) out of both sides, like Alembic's {@code include_object}:
     * for tables the entities do not map, or that another tool manages.
     */
    public Autogenerate excludingTables(String... tables) {
        return new Autogenerate(server, config, options, snapshotOptions.excludingTables(tables));
    }

    /** What snapshots read: by default every user schema, without the engine's history table. */
    public SnapshotOptions snapshotOptions() {
        return snapshotOptions;
    }

    /** The schema that applying every local migration builds. */
    public SchemaSnapshot migrationsState() throws SQLException {
        try (ScratchDatabase scratch = migrated()) {
            return snapshot(scratch);
        }
    }

    /**
     * The migration from what the migrations build to {@code desired}; {@code renames} are carried out first, on the
     * migrations' schema, so that a renamed table or column keeps its data and everything that refers to it.
     */
    public SchemaMigration diff(DesiredSchema desired, List<Rename> renames) throws SQLException {
        SchemaSnapshot wanted = desired.snapshot(server, snapshotOptions());
        try (ScratchDatabase scratch = migrated()) {
            List<Change> up = new ArrayList<>();
            List<Change> undo = new ArrayList<>();
            for (Rename rename : renames) {
                Change[] statements = rename.statements(snapshot(scratch));
                execute(scratch, statements[0].sql());
                up.add(statements[0]);
                undo.add(0, statements[1]);
            }
            SchemaMigration rest = SchemaDiff.between(snapshot(scratch), wanted, options);
            if (rest.isEmpty() && up.isEmpty()) {
                return rest;
            }
            up.addAll(rest.up());
            List<Change> down = new ArrayList<>(rest.down());
            down.addAll(undo);
            return new SchemaMigration(up, down, rest.notes(), rest.noTransaction());
        }
    }

    /** Whether what the migrations build equals {@code desired}: the comparison names every difference. */
    public SchemaComparison check(DesiredSchema desired) throws SQLException {
        SchemaSnapshot wanted = desired.snapshot(server, snapshotOptions());
        return SchemaComparison.of(wanted, migrationsState());
    }

    /**
     * Writes {@code migration} to {@code folder} as the next versioned file, {@code V<n>__<name>.sql} with n one above
     * the highest version of the configured migrations and of the files already in {@code folder}, and returns its
     * path.
     */
    public Path write(SchemaMigration migration, Path folder, String name) throws IOException {
        int highest = 0;
        for (MigrationScript script : MigrationScripts.read(config)) {
            highest = Math.max(highest, major(script.version()));
        }
        return write(migration, folder, name, highest);
    }

    /** {@link #write(SchemaMigration, Path, String)} considering only the files in {@code folder}. */
    public static Path write(SchemaMigration migration, Path folder, String name, int highestVersion)
            throws IOException {
        Files.createDirectories(folder);
        int next = highestVersion + 1;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher matcher = VERSIONED.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    next = Math.max(next, Integer.parseInt(matcher.group(1)) + 1);
                }
            }
        }
        String description = name.strip().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
        Path file = folder.resolve("V" + next + "__" + description + ".sql");
        Files.writeString(file, migration.render());
        return file;
    }

    private static int major(String version) {
        Matcher digits = Pattern.compile("\\d+").matcher(version);
        return digits.lookingAt() ? Integer.parseInt(digits.group()) : 0;
    }

    private ScratchDatabase migrated() {
        ScratchDatabase scratch = ScratchDatabase.create(server);
        try {
            Migrator.create(scratch, config).migrate();
            return scratch;
        } catch (RuntimeException ex) {
            scratch.close();
            throw ex;
        }
    }

    private SchemaSnapshot snapshot(ScratchDatabase scratch) throws SQLException {
        try (Connection connection = scratch.getConnection()) {
            return SchemaSnapshot.read(connection, snapshotOptions());
        }
    }

    private static void execute(ScratchDatabase scratch, String sql) throws SQLException {
        try (Connection connection = scratch.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
