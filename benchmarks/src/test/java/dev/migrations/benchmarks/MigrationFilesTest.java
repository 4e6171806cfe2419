package dev.migrations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick mode's generator: the same statements for every engine, in each engine's format. No database. */
class MigrationFilesTest {

    @TempDir
    Path root;

    @Test
    void generatesTheSameMigrationsForEveryEngine() throws Exception {
        MigrationFiles.generate(root, 100);

        for (Engine engine : List.of(Engine.OURS, Engine.FLYWAY, Engine.JDBC)) {
            try (var files = Files.list(engine.dir(root))) {
                assertThat(files.count()).as(engine.label()).isEqualTo(100);
            }
            assertThat(engine.dir(root).resolve("V100__t_100.sql")).hasContent(MigrationFiles.sql(100));
        }
        String changelog = Files.readString(Engine.LIQUIBASE.dir(root).resolve(MigrationFiles.CHANGELOG));
        assertThat(changelog).startsWith("-- liquibase formatted sql\n");
        assertThat(changelog.lines().filter((l) -> l.startsWith("-- changeset bench:")))
                .hasSize(100);
        assertThat(changelog).contains("-- changeset bench:7\n" + MigrationFiles.sql(7));
    }

    @Test
    void eachMigrationCreatesATableAnIndexAndOneRow() {
        List<String> statements = PlainJdbc.split(MigrationFiles.sql(3));

        assertThat(statements)
                .containsExactly(
                        "CREATE TABLE t_3 (id bigserial primary key, name text not null,"
                                + " created_at timestamptz not null default now())",
                        "CREATE INDEX t_3_name_idx ON t_3 (name)",
                        "INSERT INTO t_3 (name) VALUES ('row 3')");
    }

    @Test
    void plainJdbcReadsTheFilesInVersionOrder() throws Exception {
        MigrationFiles.generate(root, 12);

        List<PlainJdbc.Local> local = PlainJdbc.scan(Engine.JDBC.dir(root));

        assertThat(local).extracting(PlainJdbc.Local::version).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(local.get(0).statements()).hasSize(3);
    }

    @Test
    void childClassPathsLeaveOutTheOtherEnginesJars() {
        List<String> classpath = List.of(
                "/x/migrations-benchmarks.jar",
                "/x/lib/migrations-core-0.1.0-SNAPSHOT.jar",
                "/x/lib/flyway-core-11.14.1.jar",
                "/x/lib/liquibase-core-4.33.0.jar",
                "/x/lib/spring-boot-4.0.7.jar",
                "/x/lib/spring-boot-flyway-4.0.7.jar");

        assertThat(Machine.classpathFor(classpath, Engine.JDBC))
                .containsExactly("/x/migrations-benchmarks.jar", "/x/lib/spring-boot-4.0.7.jar");
        assertThat(Machine.classpathFor(classpath, Engine.FLYWAY))
                .containsExactly(
                        "/x/migrations-benchmarks.jar",
                        "/x/lib/flyway-core-11.14.1.jar",
                        "/x/lib/spring-boot-4.0.7.jar",
                        "/x/lib/spring-boot-flyway-4.0.7.jar");
        assertThat(Machine.versionOf(classpath, "flyway-core")).isEqualTo("11.14.1");
    }
}
