package dev.migrations.core;

import org.jspecify.annotations.Nullable;

/**
 * What a {@code .sql} file's name says, Flyway's naming: {@code V<version>__<description>.sql} (versioned),
 * {@code U<version>__<description>.sql} (the undo of a version), {@code R__<description>.sql} (repeatable), or a
 * callback name such as {@code afterMigrate.sql}.
 *
 * <p>It exists so that the naming rules are one table, tested without files, apart from how files are found.
 *
 * @param kind which of the four the name is
 * @param version the version from the name; {@code null} for repeatable migrations and callbacks
 * @param description the part after {@code __} without {@code .sql}, {@code _} shown as spaces; for a callback its
 *     name without {@code .sql}
 */
record MigrationFileName(Kind kind, @Nullable Version version, String description) {

    private static final String SQL = ListedFile.SQL;

    private static final String EXAMPLES =
            "V1__create_users.sql, V1.2__add_index.sql or V20261124093000__add_index.sql";

    /** The kinds of file a name can make. */
    enum Kind {
        VERSIONED,
        UNDO,
        REPEATABLE,
        CALLBACK
    }

    /**
     * Reads a {@code .sql} file's name.
     *
     * @param location where the file is, for the error
     * @throws MigrationException ({@link ErrorCode#INVALID_NAME}) when the name follows none of the patterns or its
     *     version is not one
     */
    static MigrationFileName parse(String fileName, String location) {
        if (SqlCallback.isCallback(fileName)) {
            return new MigrationFileName(Kind.CALLBACK, null, fileName.substring(0, fileName.length() - SQL.length()));
        }
        if (fileName.startsWith("R__")) {
            if (fileName.length() == "R__".length() + SQL.length()) {
                throw badName(location);
            }
            return new MigrationFileName(
                    Kind.REPEATABLE,
                    null,
                    fileName.substring(3, fileName.length() - SQL.length()).replace('_', ' '));
        }
        char kind = fileName.charAt(0);
        int separator = fileName.indexOf("__");
        // ".sql" holds no '_', so a "__" found is always before it.
        if ((kind != 'V' && kind != 'U') || separator < 2 || separator + 2 == fileName.length() - SQL.length()) {
            throw badName(location);
        }
        String versionText = fileName.substring(1, separator);
        Version version;
        try {
            version = Version.parse(versionText);
        } catch (IllegalArgumentException e) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_NAME,
                            "Migration file name has an invalid version \"" + versionText + "\"")
                    .script(location)
                    .action("Write the version as numbers separated by '.' or '_', for example " + EXAMPLES + ".")
                    .cause(e)
                    .build();
        }
        String description = fileName.substring(separator + 2, fileName.length() - SQL.length())
                .replace('_', ' ');
        return new MigrationFileName((kind == 'U') ? Kind.UNDO : Kind.VERSIONED, version, description);
    }

    private static MigrationException badName(String location) {
        return MigrationException.builder(
                        ErrorCode.INVALID_NAME,
                        "Migration file name does not follow the pattern V<version>__<description>.sql")
                .script(location)
                .action("Rename it like " + EXAMPLES + " (U<version>__<description>.sql for the undo migration of"
                        + " a version, R__<description>.sql for a repeatable migration, or a Flyway callback name"
                        + " such as afterMigrate.sql), or move it out of the migration locations if it is not a"
                        + " migration.")
                .build();
    }
}
