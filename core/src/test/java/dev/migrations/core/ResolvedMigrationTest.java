package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One record per kind: what each kind answers, without a database. */
class ResolvedMigrationTest {

    private static final MigrationsConfig CONFIG = MigrationsConfig.builder().build();

    @Test
    void aVersionedFileWithAnUndoFileAcceptsFlywaysChecksumOfTheFileAlone() {
        String up = "CREATE TABLE a (id int);\n";
        String down = "-- migrate:no-transaction\nDROP INDEX CONCURRENTLY i;\n";
        ResolvedMigration migration = ResolvedMigration.sql(new SqlMigrationFile(
                Version.parse("2"), "a", "classpath:db/V2__a.sql", up, "classpath:db/U2__a.sql", down));

        assertThat(migration).isInstanceOf(ResolvedMigration.VersionedSql.class);
        assertThat(migration.checksum()).isEqualTo(Checksums.crc32(up, down));
        assertThat(migration.matches(Checksums.crc32(up, down))).isTrue();
        assertThat(migration.matches(Checksums.crc32(up))).isTrue();
        assertThat(migration.matches(Checksums.crc32(down))).isFalse();
        assertThat(migration.reversible()).isTrue();
        assertThat(migration.script(Direction.DOWN)).isEqualTo("classpath:db/U2__a.sql");
        // the undo file's marker is its own: the upgrade still runs in a transaction
        assertThat(migration.prepare(Direction.UP, CONFIG, Map.of()).transactional())
                .isTrue();
        assertThat(migration.prepare(Direction.DOWN, CONFIG, Map.of()).transactional())
                .isFalse();
    }

    @Test
    void aFileWhoseStatementsCannotRunInATransactionRunsWithoutOne() {
        ResolvedMigration migration = ResolvedMigration.sql(new SqlMigrationFile(
                Version.parse("3"), "i", "V3__i.sql", "CREATE INDEX CONCURRENTLY i ON a (id);\n", null, null));

        assertThat(migration.runsInTransaction()).isFalse();
        ResolvedMigration.Prepared prepared = migration.prepare(Direction.UP, CONFIG, Map.of());
        assertThat(prepared.transactional()).isFalse();
        assertThat(prepared.statements())
                .extracting(SqlStatement::sql)
                .containsExactly("CREATE INDEX CONCURRENTLY i ON a (id)");
        assertThat(migration.reversible()).isFalse();
    }

    @Test
    void aRepeatableFileHasNoVersionAndMatchesItsChecksumBeforeReplacement() {
        String sql = "CREATE OR REPLACE VIEW v AS SELECT '${who}' AS who;\n";
        SqlMigrationFile file = new SqlMigrationFile(
                null, "views", "classpath:db/R__views.sql", sql, null, null, "R__views.sql", ScriptConfig.NONE);

        ResolvedMigration migration =
                ResolvedMigration.sql(file, true, Map.of("who", "me"), Placeholders.Syntax.DEFAULT);

        assertThat(migration).isInstanceOf(ResolvedMigration.RepeatableSql.class);
        assertThat(migration.version()).isNull();
        assertThat(migration.repeatable()).isTrue();
        assertThat(migration.label()).isEqualTo("repeatable migration \"views\"");
        assertThat(migration.checksum()).isNotEqualTo(Checksums.crc32(sql));
        assertThat(migration.matches(migration.checksum())).isTrue();
        assertThat(migration.matches(Checksums.crc32(sql))).isTrue();
        assertThat(migration.matches(0)).isFalse();
        assertThat(migration.reversible()).isFalse();
    }

    @Test
    void javaCodeIsKnownByItsClassAndRunsNoPreparedStatements() {
        ResolvedMigration migration = ResolvedMigration.java(new V4AddColumn());

        assertThat(migration).isInstanceOf(ResolvedMigration.Code.class);
        assertThat(migration.type()).isEqualTo(MigrationType.JDBC);
        assertThat(migration.script()).isEqualTo(V4AddColumn.class.getName());
        assertThat(migration.historyScript()).isEqualTo(V4AddColumn.class.getName());
        assertThat(migration.description()).isEqualTo("V4AddColumn");
        assertThat(migration.label()).isEqualTo("version 4");
        // no checksum declared: any recorded one matches
        assertThat(migration.matches(42)).isTrue();
        ResolvedMigration.Prepared prepared = migration.prepare(Direction.UP, CONFIG, Map.of());
        assertThat(prepared.statements()).isEmpty();
        assertThat(prepared.transactional()).isFalse();
        assertThat(migration.runsInTransaction()).isFalse();
    }

    static final class V4AddColumn implements JavaMigration {

        @Override
        public String version() {
            return "4";
        }

        @Override
        public void up(Connection connection) {}

        @Override
        public boolean transactional() {
            return false;
        }
    }
}
