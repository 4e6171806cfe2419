package dev.migrations.core;

import java.util.Objects;

/**
 * A versioned SQL migration found by {@link MigrationScanner}: the {@code V<version>__<description>.sql} file and, when
 * one exists, the {@code U<version>__<description>.sql} file that undoes it.
 *
 * @param version the version from the file name
 * @param description the part of the name after {@code __}, without {@code .sql}, with {@code _} shown as spaces
 * @param location where the file is, as users should see it, for example
 *     {@code classpath:db/migrations/V1__init.sql} or {@code filesystem:/opt/app/migrations/V1__init.sql}
 * @param content the full text of the file
 * @param downLocation where the undo file is, or {@code null} when there is none
 * @param downContent the full text of the undo file, or {@code null} when there is none
 */
record SqlMigrationFile(
        Version version, String description, String location, String content, String downLocation, String downContent) {

    SqlMigrationFile {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(content, "content");
        // An undo file always has both; one without the other would be a scanner bug.
        if ((downLocation == null) != (downContent == null)) {
            throw new IllegalArgumentException("downLocation and downContent must both be set or both be null");
        }
    }
}
