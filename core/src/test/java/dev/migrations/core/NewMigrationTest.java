package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewMigrationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T22:10:05Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void nextIntegerAfterTheHighestVersion() throws Exception {
        Files.writeString(folder.resolve("V1__a.sql"), "");
        Files.writeString(folder.resolve("V9.2__b.sql"), "");
        Files.writeString(folder.resolve("U9.2__b.sql"), "");
        Path file = NewMigration.create(folder, "Add phone to users!", false, CLOCK);
        assertThat(file.getFileName()).hasToString("V10__add_phone_to_users.sql");
        assertThat(Files.readString(file)).isEqualTo("-- Add phone to users!\n\n\n-- migrate:down\n\n");
    }

    @Test
    void emptyOrMissingFolderStartsAtOne() {
        assertThat(NewMigration.create(folder.resolve("new/db"), "init", false, CLOCK)
                        .getFileName())
                .hasToString("V1__init.sql");
    }

    @Test
    void timestampsWhenAskedOrWhenTheFolderUsesThem() throws Exception {
        assertThat(NewMigration.create(folder, "first", true, CLOCK).getFileName())
                .hasToString("V20261201221005__first.sql");
        // the folder now uses timestamps; the same second gives the next number rather than a clash
        assertThat(NewMigration.create(folder, "second", false, CLOCK).getFileName())
                .hasToString("V20261201221006__second.sql");
    }

    @Test
    void aNameWithoutLettersOrDigitsIsRejected() {
        assertThatThrownBy(() -> NewMigration.create(folder, "--", false, CLOCK))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("MIG-002");
    }
}
