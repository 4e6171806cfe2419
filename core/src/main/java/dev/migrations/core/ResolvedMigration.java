package dev.migrations.core;

import java.util.List;
import java.util.Map;

/**
 * A migration found locally (a SQL file, with its optional down part or U file, or a Java migration). SQL is split
 * only when the migration is about to run, so a start with nothing to do reads but never parses statements.
 */
final class ResolvedMigration {

    private final Version version;
    private final String description;
    private final MigrationType type;
    private final String script;
    private final Integer checksum;
    private final Integer flywayChecksum;
    private final ScriptSections sections;
    private final ScriptSections downFile;
    private final String downScript;
    private final JavaMigration java;

    /** The file's text as read (the same string the sections were cut from), for {@link MigrationScript}. */
    private final String content;

    private ResolvedMigration(
            Version version,
            String description,
            MigrationType type,
            String script,
            Integer checksum,
            Integer flywayChecksum,
            ScriptSections sections,
            ScriptSections downFile,
            String downScript,
            JavaMigration java,
            String content) {
        this.version = version;
        this.description = description;
        this.type = type;
        this.script = script;
        this.checksum = checksum;
        this.flywayChecksum = flywayChecksum;
        this.sections = sections;
        this.downFile = downFile;
        this.downScript = downScript;
        this.java = java;
        this.content = content;
    }

    static ResolvedMigration sql(SqlMigrationFile file) {
        ScriptSections sections = ScriptSections.parse(file.content(), file.location());
        ScriptSections downFile = null;
        if (file.downContent() != null) {
            if (sections.down() != null) {
                throw MigrationException.builder(
                                ErrorCode.DOWN_DEFINED_TWICE,
                                "Migration " + file.location() + " has a '-- migrate:down' part and also an undo file "
                                        + file.downLocation() + ".")
                        .script(file.location())
                        .action("Keep one downgrade: delete the undo file or the '-- migrate:down' part.")
                        .build();
            }
            downFile = ScriptSections.parse(file.downContent(), file.downLocation());
        }
        return new ResolvedMigration(
                file.version(),
                file.description(),
                MigrationType.SQL,
                file.location(),
                // the whole file, down part included, and its undo file: an edited down part is a changed migration.
                // Without an undo file this is Flyway's checksum of the file.
                (file.downContent() == null)
                        ? Checksums.crc32(file.content())
                        : Checksums.crc32(file.content(), file.downContent()),
                (file.downContent() == null) ? null : Checksums.crc32(file.content()),
                sections,
                downFile,
                file.downLocation(),
                null,
                file.content());
    }

    static ResolvedMigration java(JavaMigration migration) {
        String name = migration.getClass().getName();
        Version version;
        try {
            version = Version.parse(migration.version());
        } catch (RuntimeException ex) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_NAME,
                            "Java migration " + name + " has an invalid version '" + migration.version() + "'.")
                    .script(name)
                    .action("Return a version made of numbers separated by dots from version(), such as \"3\" or"
                            + " \"3.1\".")
                    .build();
        }
        return new ResolvedMigration(
                version,
                migration.description(),
                MigrationType.JDBC,
                name,
                migration.checksum(),
                null,
                null,
                null,
                null,
                migration,
                null);
    }

    Version version() {
        return version;
    }

    String description() {
        return description;
    }

    MigrationType type() {
        return type;
    }

    String script() {
        return script;
    }

    Integer checksum() {
        return checksum;
    }

    /**
     * Whether a history row's checksum records this migration as it is now. A row Flyway wrote for a V file that has
     * a U file holds the checksum of the V file alone; it is accepted, so the U file's edits go unnoticed until
     * {@code repair} records the checksum of both.
     */
    boolean matches(Integer recorded) {
        return recorded == null || checksum == null || recorded.equals(checksum) || recorded.equals(flywayChecksum);
    }

    JavaMigration java() {
        return java;
    }

    boolean reversible() {
        if (java != null) {
            return java.reversible();
        }
        return downFile != null || sections.down() != null;
    }

    boolean transactional(Direction direction) {
        if (java != null) {
            return java.transactional();
        }
        if (sections.noTransaction()) {
            return false;
        }
        return !(direction == Direction.DOWN && downFile != null && downFile.noTransaction());
    }

    /** The file (or class) that holds the given direction's code. */
    String script(Direction direction) {
        return (direction == Direction.DOWN && downScript != null) ? downScript : script;
    }

    /** The statements of the given direction, placeholders replaced, transaction rules checked. */
    List<SqlStatement> statements(Direction direction, MigrationsConfig config, Map<String, String> placeholders) {
        List<SqlStatement> statements = split(direction, config, placeholders);
        TransactionModeCheck.checkTransactionMode(
                statements,
                !transactional(direction),
                config.mixed(),
                script(direction),
                direction == Direction.UP ? "up" : "down");
        return statements;
    }

    /** The statements of the given direction, placeholders replaced, transaction rules not checked. */
    private List<SqlStatement> split(Direction direction, MigrationsConfig config, Map<String, String> placeholders) {
        String text;
        int line;
        if (direction == Direction.UP) {
            text = sections.up();
            line = sections.upLine();
        } else if (downFile != null) {
            text = downFile.up();
            line = downFile.upLine();
        } else {
            text = sections.down();
            line = sections.downLine();
        }
        String name = script(direction);
        if (config.placeholderReplacement()) {
            text = Placeholders.replace(text, placeholders, name, line);
        }
        return SqlSplitter.split(text, name, line);
    }

    /**
     * The read-only view of this SQL migration's upgrade for tools above core (see {@link MigrationScripts}). The
     * transaction rules are not checked here: the linter reports a breach as a finding instead of stopping.
     */
    MigrationScript script(MigrationsConfig config, Map<String, String> placeholders) {
        return new MigrationScript(
                version.toString(),
                description,
                script,
                content,
                transactional(Direction.UP),
                split(Direction.UP, config, placeholders));
    }

    MigrationInfo info(MigrationState state, HistoryRow row) {
        return new MigrationInfo(
                version.toString(),
                description,
                type,
                script,
                checksum,
                state,
                (row != null) ? row.installedBy() : null,
                (row != null) ? row.installedOn() : null,
                (row != null) ? row.executionTime() : null,
                reversible());
    }
}
