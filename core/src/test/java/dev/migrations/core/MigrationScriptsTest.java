package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationScriptsTest {

    @TempDir
    Path dir;

    @Test
    void parseGivesTheUpgradeStatementsWithTheirFileLines() {
        MigrationScript script = MigrationScripts.parse(
                "3",
                "V3__orders.sql",
                "-- migrate:up\n-- a comment\nCREATE TABLE t (id int);\n\nCREATE INDEX CONCURRENTLY i ON t (id);\n"
                        + "-- migrate:down\nDROP TABLE t;\n");
        assertThat(script.version()).isEqualTo("3");
        assertThat(script.location()).isEqualTo("V3__orders.sql");
        assertThat(script.statements())
                .containsExactly(
                        new SqlStatement("CREATE TABLE t (id int)", 3, false),
                        new SqlStatement("CREATE INDEX CONCURRENTLY i ON t (id)", 5, true));
        assertThat(script.content()).startsWith("-- migrate:up\n");
    }

    @Test
    void parseReportsTheEnginesOwnErrors() {
        assertThatThrownBy(() -> MigrationScripts.parse("1", "V1__x.sql", "SELECT 'unterminated"))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V1__x.sql");
    }

    @Test
    void readFindsSqlMigrationsInVersionOrderWithPlaceholdersReplaced() throws Exception {
        Files.writeString(dir.resolve("V2__second.sql"), "-- migrate:no-transaction\nVACUUM ${migrations:schema}.t;\n");
        Files.writeString(dir.resolve("V1__first.sql"), "CREATE TABLE ${table} (id int);\n");
        List<MigrationScript> scripts = MigrationScripts.read(MigrationsConfig.builder()
                .locations("filesystem:" + dir)
                .placeholder("table", "things")
                .build());
        assertThat(scripts).extracting(MigrationScript::version).containsExactly("1", "2");
        assertThat(scripts.get(0).statements().get(0).sql()).isEqualTo("CREATE TABLE things (id int)");
        assertThat(scripts.get(0).transactional()).isTrue();
        assertThat(scripts.get(1).transactional()).isFalse();
        assertThat(scripts.get(1).statements().get(0).sql()).isEqualTo("VACUUM public.t");
        assertThat(scripts.get(1).location()).endsWith("V2__second.sql");
    }
}
