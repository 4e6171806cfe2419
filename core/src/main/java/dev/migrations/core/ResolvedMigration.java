package dev.migrations.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A migration found locally, one record per kind so that no field is empty because of the kind: a versioned SQL file
 * ({@link VersionedSql}, with its optional down part or U file), a repeatable {@code R__} file ({@link RepeatableSql})
 * or a Java migration ({@link Code}). SQL is split only when the migration is about to run, so a start with nothing to
 * do reads but never parses statements.
 */
sealed interface ResolvedMigration permits ResolvedMigration.Sql, ResolvedMigration.Code {

    /** The version, or {@code null} for a repeatable migration (the one kind without one). */
    @Nullable
    Version version();

    String description();

    MigrationType type();

    /** The file (or class) that holds the upgrade, as users see it. */
    String script();

    /** The checksum recorded in the history; {@code null} only for a Java migration that declares none. */
    @Nullable
    Integer checksum();

    /** What the history's {@code script} column holds for it: Flyway's relative file name, or the Java class. */
    String historyScript();

    /**
     * Whether a history row's checksum records this migration as it is now. A row Flyway wrote for a V file that has
     * a U file holds the checksum of the V file alone; it is accepted, so the U file's edits go unnoticed until
     * {@code repair} records the checksum of both.
     */
    boolean matches(@Nullable Integer recorded);

    boolean reversible();

    /** The file (or class) that holds the given direction's code. */
    String script(Direction direction);

    /**
     * Whether the upgrade runs in a transaction, decided without a run: what the file says, and for a file that does
     * not say, whether its statements (placeholders not replaced) need to run outside one.
     */
    boolean runsInTransaction();

    /**
     * What one direction runs: its statements with placeholders replaced (none for Java code) and whether in a
     * transaction, the transaction rules checked.
     */
    Prepared prepare(Direction direction, MigrationsConfig config, Map<String, String> placeholders);

    /** The statements a direction runs (empty for Java code, which is known only when it runs), and how. */
    record Prepared(List<SqlStatement> statements, boolean transactional) {}

    default boolean repeatable() {
        return this instanceof RepeatableSql;
    }

    /** How messages and logs name it: {@code version 3}, or {@code repeatable migration "views"}. */
    default String label() {
        return repeatable() ? "repeatable migration \"" + description() + "\"" : "version " + version();
    }

    /** The version of a versioned migration (every kind but {@link RepeatableSql} has one). */
    default Version requireVersion() {
        Version version = version();
        if (version == null) {
            throw new IllegalStateException(label() + " has no version");
        }
        return version;
    }

    /** Its version as text, or {@code null} for a repeatable migration. */
    default @Nullable String versionText() {
        Version version = version();
        return (version != null) ? version.toString() : null;
    }

    default MigrationInfo info(MigrationState state, @Nullable HistoryRow row) {
        return new MigrationInfo(
                versionText(),
                description(),
                type(),
                script(),
                checksum(),
                state,
                (row != null) ? row.installedBy() : null,
                (row != null) ? row.installedOn() : null,
                (row != null) ? row.executionTime() : null,
                reversible());
    }

    /** A SQL migration whose checksum does not depend on placeholders (versioned files, and tests). */
    static Sql sql(SqlMigrationFile file) {
        return sql(file, false, Map.of(), Placeholders.Syntax.DEFAULT);
    }

    /**
     * A SQL migration. A repeatable migration's checksum is taken after placeholder replacement, as Flyway does, so
     * that a changed placeholder value re-applies it; its checksum before replacement is kept as an equivalent one
     * (Flyway's rows written with placeholders off, or by older versions, match it).
     */
    static Sql sql(
            SqlMigrationFile file,
            boolean replacePlaceholders,
            Map<String, String> placeholders,
            Placeholders.Syntax syntax) {
        ScriptSections sections = ScriptSections.parse(file.content(), file.location());
        Version version = file.version();
        if (version == null) { // a repeatable file
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
            int raw = Checksums.crc32(sections.up());
            int checksum = raw;
            boolean replace = file.config().placeholderReplacement(replacePlaceholders);
            if (replace) {
                checksum = Checksums.crc32(Placeholders.replace(
                        sections.up(),
                        placeholders,
                        syntax,
                        file.location(),
                        Sql.fileName(file.historyName()),
                        sections.upLine()));
            }
            return new RepeatableSql(
                    file.description(),
                    file.location(),
                    file.historyName(),
                    file.config(),
                    sections,
                    file.content(),
                    checksum,
                    raw);
        }
        @Nullable UndoFile undo = null;
        String downContent = file.downContent();
        if (downContent != null) {
            if (sections.down() != null) {
                throw MigrationException.builder(
                                ErrorCode.DOWN_DEFINED_TWICE,
                                "Migration " + file.location() + " has a '-- migrate:down' part and also an undo file "
                                        + file.downLocation() + ".")
                        .script(file.location())
                        .action("Keep one downgrade: delete the undo file or the '-- migrate:down' part.")
                        .build();
            }
            // the scanner sets an undo file's location and content together
            String downLocation = Objects.requireNonNull(file.downLocation(), "downLocation");
            undo = new UndoFile(downLocation, ScriptSections.parse(downContent, downLocation));
        }
        // the whole file, down part included, and its undo file: an edited down part is a changed migration.
        // Without an undo file this is Flyway's checksum of the file, computed once per text: an unchanged file is the
        // same text at the next call (ScriptCache).
        int fileChecksum = ScriptCache.SHARED.checksum(file.content(), Checksums::crc32);
        return new VersionedSql(
                version,
                file.description(),
                file.location(),
                file.historyName(),
                file.config(),
                sections,
                file.content(),
                (downContent == null) ? fileChecksum : Checksums.crc32(file.content(), downContent),
                fileChecksum,
                undo);
    }

    static Code java(JavaMigration migration) {
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
        return new Code(version, migration);
    }

    /** The U file of a versioned migration: where it is, and its text cut into sections. */
    record UndoFile(String location, ScriptSections sections) {}

    /**
     * A versioned SQL file, {@code V<version>__<description>.sql}.
     *
     * @param checksum the checksum of the file and of its undo file, if it has one
     * @param fileChecksum the checksum of the file alone, Flyway's; the same as {@code checksum} without an undo file
     * @param undo its {@code U<version>__<description>.sql} file, or {@code null} when it has none (a down part in
     *     the file itself, or no downgrade at all)
     */
    record VersionedSql(
            Version version,
            String description,
            String script,
            String historyScript,
            ScriptConfig scriptConfig,
            ScriptSections sections,
            String content,
            Integer checksum,
            int fileChecksum,
            @Nullable UndoFile undo)
            implements Sql {

        @Override
        public boolean matches(@Nullable Integer recorded) {
            return recorded == null || recorded.equals(checksum) || recorded == fileChecksum;
        }

        @Override
        public boolean reversible() {
            return undo != null || sections.down() != null;
        }

        @Override
        public Part part(Direction direction) {
            if (direction == Direction.UP) {
                return new Part(script, sections.up(), sections.upLine(), sections.noTransaction());
            }
            if (undo != null) {
                return new Part(
                        undo.location(),
                        undo.sections().up(),
                        undo.sections().upLine(),
                        sections.noTransaction() || undo.sections().noTransaction());
            }
            String down = sections.down();
            if (down == null) {
                throw new IllegalStateException("Migration " + script + " has no down part"); // checked: reversible()
            }
            return new Part(script, down, sections.downLine(), sections.noTransaction());
        }
    }

    /**
     * A repeatable SQL file, {@code R__<description>.sql}: no version and no down part.
     *
     * @param checksum the checksum after placeholder replacement when placeholders are replaced (Flyway's)
     * @param rawChecksum the checksum before replacement, which rows written without replacement hold
     */
    record RepeatableSql(
            String description,
            String script,
            String historyScript,
            ScriptConfig scriptConfig,
            ScriptSections sections,
            String content,
            Integer checksum,
            int rawChecksum)
            implements Sql {

        @Override
        public @Nullable Version version() {
            return null;
        }

        @Override
        public boolean matches(@Nullable Integer recorded) {
            // before placeholder replacement too, as Flyway also accepts
            return recorded == null || recorded.equals(checksum) || recorded == rawChecksum;
        }

        @Override
        public boolean reversible() {
            return false;
        }

        @Override
        public Part part(Direction direction) {
            if (direction == Direction.DOWN) {
                throw new IllegalStateException("A repeatable migration has no down part: " + script);
            }
            return new Part(script, sections.up(), sections.upLine(), sections.noTransaction());
        }
    }

    /** A Java migration: its code is known only when it runs. */
    record Code(Version version, JavaMigration java) implements ResolvedMigration {

        @Override
        public String description() {
            return java.description();
        }

        @Override
        public MigrationType type() {
            return MigrationType.JDBC;
        }

        @Override
        public String script() {
            return java.getClass().getName();
        }

        @Override
        public @Nullable Integer checksum() {
            return java.checksum();
        }

        @Override
        public String historyScript() {
            return script();
        }

        @Override
        public boolean matches(@Nullable Integer recorded) {
            Integer checksum = checksum();
            return recorded == null || checksum == null || recorded.equals(checksum);
        }

        @Override
        public boolean reversible() {
            return java.reversible();
        }

        @Override
        public String script(Direction direction) {
            return script();
        }

        @Override
        public boolean runsInTransaction() {
            return java.transactional();
        }

        @Override
        public Prepared prepare(Direction direction, MigrationsConfig config, Map<String, String> placeholders) {
            return new Prepared(List.of(), java.transactional());
        }
    }

    /**
     * What the SQL kinds share: sections cut from a file, a {@code .sql.conf} file's settings, and the rules that
     * decide whether a direction runs in a transaction.
     */
    sealed interface Sql extends ResolvedMigration permits VersionedSql, RepeatableSql {

        Logger logger = LoggerFactory.getLogger(ResolvedMigration.class);

        ScriptConfig scriptConfig();

        ScriptSections sections();

        /** The file's text as read (the same string the sections were cut from), for {@link MigrationScript}. */
        String content();

        /** The code of one direction and where it is. */
        Part part(Direction direction);

        /**
         * One direction's code.
         *
         * @param script the file that holds it
         * @param text its SQL, placeholders not replaced
         * @param line the line of the file it starts on
         * @param noTransaction whether its file says {@code -- migrate:no-transaction}
         */
        record Part(String script, String text, int line, boolean noTransaction) {}

        @Override
        default MigrationType type() {
            return MigrationType.SQL;
        }

        @Override
        default String script(Direction direction) {
            return part(direction).script();
        }

        @Override
        default boolean runsInTransaction() {
            if (!declaredTransactional(Direction.UP)) {
                return false;
            }
            try {
                return SqlSplitter.split(sections().up(), script(), sections().upLine()).stream()
                        .noneMatch(SqlStatement::nonTransactional);
            } catch (MigrationException ex) {
                return true;
            }
        }

        @Override
        default Prepared prepare(Direction direction, MigrationsConfig config, Map<String, String> placeholders) {
            List<SqlStatement> statements = split(direction, config, placeholders);
            boolean automatic = automaticNoTransaction(statements, direction, config, true);
            boolean transactional = declaredTransactional(direction) && !automatic;
            TransactionModeCheck.checkTransactionMode(
                    statements,
                    !transactional,
                    mixedAccepted(config),
                    script(direction),
                    direction == Direction.UP ? "up" : "down",
                    config.optionNames());
            return new Prepared(statements, transactional);
        }

        /**
         * The read-only view of this SQL migration's upgrade for tools above core (see {@link MigrationScripts}). The
         * transaction rules are not checked here: the linter reports a breach as a finding instead of stopping.
         */
        default MigrationScript script(MigrationsConfig config, Map<String, String> placeholders) {
            List<SqlStatement> statements = split(Direction.UP, config, placeholders);
            boolean transactional;
            try {
                transactional = declaredTransactional(Direction.UP)
                        && !automaticNoTransaction(statements, Direction.UP, config, false);
            } catch (MigrationException mixed) {
                transactional = declaredTransactional(Direction.UP); // the linter reports the mix itself
            }
            // only versioned files are read as scripts (MigrationScripts, pending checks)
            return new MigrationScript(
                    requireVersion().toString(), description(), script(), content(), transactional, statements);
        }

        /** What the file says: {@code -- migrate:no-transaction}, or {@code executeInTransaction} in its .conf file. */
        private boolean declaredTransactional(Direction direction) {
            return !Boolean.FALSE.equals(scriptConfig().executeInTransaction())
                    && !part(direction).noTransaction();
        }

        /** The statements of the given direction, placeholders replaced, transaction rules not checked. */
        private List<SqlStatement> split(
                Direction direction, MigrationsConfig config, Map<String, String> placeholders) {
            Part part = part(direction);
            String text = part.text();
            boolean replace = scriptConfig().placeholderReplacement(config.placeholderReplacement());
            if (replace) {
                text = Placeholders.replace(
                        text,
                        placeholders,
                        Placeholders.Syntax.of(config),
                        part.script(),
                        fileName(part.script()),
                        part.line());
            }
            return SqlSplitter.split(text, part.script(), part.line());
        }

        /**
         * Whether a file that does not declare its transaction mode runs without a transaction because of its
         * statements (Flyway's behaviour, logged when {@code log}).
         */
        private boolean automaticNoTransaction(
                List<SqlStatement> statements, Direction direction, MigrationsConfig config, boolean log) {
            String name = script(direction);
            String section = direction == Direction.UP ? "up" : "down";
            boolean automatic = declaredTransactional(direction)
                    && !Boolean.TRUE.equals(scriptConfig().executeInTransaction())
                    && TransactionModeCheck.needsNoTransaction(
                            statements, config.mixed(), name, section, config.optionNames());
            if (automatic && log) {
                logger.info(
                        "{} ({}) holds statements that cannot run in a transaction ({}): it runs without one,"
                                + " statement by statement",
                        label(),
                        name,
                        TransactionModeCheck.firstNonTransactionalRule(statements));
            }
            return automatic;
        }

        /** Whether mixing is accepted: by configuration, or by a .conf file's Flyway-style executeInTransaction=false. */
        private boolean mixedAccepted(MigrationsConfig config) {
            // a .conf file's executeInTransaction=false is Flyway's: the whole script without a transaction, mixed or
            // not
            return config.mixed() || Boolean.FALSE.equals(scriptConfig().executeInTransaction());
        }

        static String fileName(String script) {
            return script.substring(script.lastIndexOf('/') + 1);
        }
    }
}
