package dev.migrations.core;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A migration found locally (a SQL file, with its optional down part or U file, a repeatable {@code R__} file, or a
 * Java migration). SQL is split only when the migration is about to run, so a start with nothing to do reads but
 * never parses statements.
 */
final class ResolvedMigration {

    private static final Logger logger = LoggerFactory.getLogger(ResolvedMigration.class);

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
    private final String historyScript;
    private final ScriptConfig scriptConfig;
    private final Integer equivalentChecksum;

    /**
     * Set when the statements of a direction turn out to need running outside a transaction although the file does
     * not say so (Flyway's behaviour); {@link #statements} decides it before {@link #transactional} is asked.
     */
    private final boolean[] automaticNoTransaction = new boolean[2];

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
            String historyScript,
            ScriptConfig scriptConfig,
            Integer equivalentChecksum,
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
        this.historyScript = historyScript;
        this.scriptConfig = scriptConfig;
        this.equivalentChecksum = equivalentChecksum;
    }

    /** A SQL migration whose checksum does not depend on placeholders (versioned files, and tests). */
    static ResolvedMigration sql(SqlMigrationFile file) {
        return sql(file, false, Map.of(), Placeholders.Syntax.DEFAULT);
    }

    /**
     * A SQL migration. A repeatable migration's checksum is taken after placeholder replacement, as Flyway does, so
     * that a changed placeholder value re-applies it; its checksum before replacement is kept as an equivalent one
     * (Flyway's rows written with placeholders off, or by older versions, match it).
     */
    static ResolvedMigration sql(
            SqlMigrationFile file,
            boolean replacePlaceholders,
            Map<String, String> placeholders,
            Placeholders.Syntax syntax) {
        ScriptSections sections = ScriptSections.parse(file.content(), file.location());
        if (file.repeatable()) {
            if (sections.down() != null) {
                throw MigrationException.builder(
                                ErrorCode.INVALID_NAME,
                                "Repeatable migration " + file.location() + " has a '-- migrate:down' part")
                        .script(file.location())
                        .line(sections.downLine())
                        .action("Remove the down part: a downgrade leaves repeatable migrations as they are (their"
                                + " next change re-applies them), so it would never run.")
                        .build();
            }
            Integer raw = Checksums.crc32(sections.up());
            Integer checksum = raw;
            boolean replace = (file.config().placeholderReplacement() != null)
                    ? file.config().placeholderReplacement()
                    : replacePlaceholders;
            if (replace) {
                checksum = Checksums.crc32(Placeholders.replace(
                        sections.up(),
                        placeholders,
                        syntax,
                        file.location(),
                        fileName(file.historyName()),
                        sections.upLine()));
            }
            return new ResolvedMigration(
                    null,
                    file.description(),
                    MigrationType.SQL,
                    file.location(),
                    checksum,
                    checksum,
                    sections,
                    null,
                    null,
                    null,
                    file.historyName(),
                    file.config(),
                    raw,
                    file.content());
        }
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
                file.historyName(),
                file.config(),
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
                name,
                ScriptConfig.NONE,
                null,
                null);
    }

    /** The version, or {@code null} for a repeatable migration. */
    Version version() {
        return version;
    }

    boolean repeatable() {
        return version == null;
    }

    /** How messages and logs name it: {@code version 3}, or {@code repeatable migration "views"}. */
    String label() {
        return repeatable() ? "repeatable migration \"" + description + "\"" : "version " + version;
    }

    /** What the history's {@code script} column holds for it: Flyway's relative file name, or the Java class. */
    String historyScript() {
        return historyScript;
    }

    ScriptConfig scriptConfig() {
        return scriptConfig;
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
        return recorded == null
                || checksum == null
                || recorded.equals(checksum)
                || recorded.equals(flywayChecksum)
                // a repeatable migration's checksum before placeholder replacement, as Flyway also accepts
                || (equivalentChecksum != null && recorded.equals(equivalentChecksum));
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
        return declaredTransactional(direction) && !automaticNoTransaction[direction.ordinal()];
    }

    /**
     * Whether the upgrade runs in a transaction, decided without a run: what the file says, and for a file that does
     * not say, whether its statements (placeholders not replaced) need to run outside one.
     */
    boolean runsInTransaction() {
        if (!declaredTransactional(Direction.UP) || java != null) {
            return declaredTransactional(Direction.UP);
        }
        try {
            return SqlSplitter.split(sections.up(), script, sections.upLine()).stream()
                    .noneMatch(SqlStatement::nonTransactional);
        } catch (MigrationException ex) {
            return true;
        }
    }

    /** What the file says: {@code -- migrate:no-transaction}, or {@code executeInTransaction} in its .conf file. */
    private boolean declaredTransactional(Direction direction) {
        if (java != null) {
            return java.transactional();
        }
        if (Boolean.FALSE.equals(scriptConfig.executeInTransaction()) || sections.noTransaction()) {
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
        boolean mixed = decideTransaction(statements, direction, config, true);
        TransactionModeCheck.checkTransactionMode(
                statements,
                !transactional(direction),
                mixed,
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
        boolean replace = (scriptConfig.placeholderReplacement() != null)
                ? scriptConfig.placeholderReplacement()
                : config.placeholderReplacement();
        if (replace) {
            text = Placeholders.replace(text, placeholders, Placeholders.Syntax.of(config), name, fileName(name), line);
        }
        return SqlSplitter.split(text, name, line);
    }

    /**
     * Decides, from the statements of a direction, whether a file that does not declare its transaction mode runs
     * without a transaction (Flyway's behaviour, logged), and returns whether mixing is accepted for it.
     */
    private boolean decideTransaction(
            List<SqlStatement> statements, Direction direction, MigrationsConfig config, boolean log) {
        String name = script(direction);
        String section = direction == Direction.UP ? "up" : "down";
        boolean automatic = declaredTransactional(direction)
                && java == null
                && !Boolean.TRUE.equals(scriptConfig.executeInTransaction())
                && TransactionModeCheck.needsNoTransaction(statements, config.mixed(), name, section);
        automaticNoTransaction[direction.ordinal()] = automatic;
        if (automatic && log) {
            logger.info(
                    "{} ({}) holds statements that cannot run in a transaction ({}): it runs without one, statement"
                            + " by statement",
                    label(),
                    name,
                    TransactionModeCheck.firstNonTransactionalRule(statements));
        }
        // a .conf file's executeInTransaction=false is Flyway's: the whole script without a transaction, mixed or not
        return config.mixed() || Boolean.FALSE.equals(scriptConfig.executeInTransaction());
    }

    /**
     * The read-only view of this SQL migration's upgrade for tools above core (see {@link MigrationScripts}). The
     * transaction rules are not checked here: the linter reports a breach as a finding instead of stopping.
     */
    MigrationScript script(MigrationsConfig config, Map<String, String> placeholders) {
        List<SqlStatement> statements = split(Direction.UP, config, placeholders);
        boolean transactional;
        try {
            decideTransaction(statements, Direction.UP, config, false);
            transactional = transactional(Direction.UP);
        } catch (MigrationException mixed) {
            transactional = declaredTransactional(Direction.UP); // the linter reports the mix itself
        }
        return new MigrationScript(
                (version != null) ? version.toString() : null, description, script, content, transactional, statements);
    }

    private static String fileName(String script) {
        return script.substring(script.lastIndexOf('/') + 1);
    }

    MigrationInfo info(MigrationState state, HistoryRow row) {
        return new MigrationInfo(
                (version != null) ? version.toString() : null,
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
