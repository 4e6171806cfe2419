package dev.migrations.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A SQL migration found by {@link MigrationScanner}: a versioned {@code V<version>__<description>.sql} file and, when
 * one exists, the {@code U<version>__<description>.sql} file that undoes it, or a repeatable
 * {@code R__<description>.sql} file (no version).
 *
 * @param version the version from the file name; {@code null} for a repeatable migration
 * @param description the part of the name after {@code __}, without {@code .sql}, with {@code _} shown as spaces
 * @param location where the file is, as users should see it, for example
 *     {@code classpath:db/migrations/V1__init.sql} or {@code filesystem:/opt/app/migrations/V1__init.sql}
 * @param content the full text of the file
 * @param downLocation where the undo file is, or {@code null} when there is none
 * @param downContent the full text of the undo file, or {@code null} when there is none
 * @param historyName the name written to the history table's {@code script} column, as Flyway writes it: the path
 *     relative to its location, for example {@code V1__init.sql} or {@code sub/V1__init.sql}
 * @param config the settings of the file's {@code .sql.conf} file, {@link ScriptConfig#NONE} without one
 */
record SqlMigrationFile(
        @Nullable Version version,
        String description,
        String location,
        String content,
        @Nullable String downLocation,
        @Nullable String downContent,
        String historyName,
        ScriptConfig config) {

    SqlMigrationFile {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(historyName, "historyName");
        Objects.requireNonNull(config, "config");
        // An undo file always has both; one without the other would be a scanner bug.
        if ((downLocation == null) != (downContent == null)) {
            throw new IllegalArgumentException("downLocation and downContent must both be set or both be null");
        }
    }

    /** A versioned file without a configuration file, named in the history by its file name. */
    SqlMigrationFile(
            Version version,
            String description,
            String location,
            String content,
            @Nullable String downLocation,
            @Nullable String downContent) {
        this(
                Objects.requireNonNull(version, "version"),
                description,
                location,
                content,
                downLocation,
                downContent,
                location.substring(location.lastIndexOf('/') + 1),
                ScriptConfig.NONE);
    }

    boolean repeatable() {
        return version == null;
    }
}
