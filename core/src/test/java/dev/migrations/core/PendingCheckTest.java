package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PendingCheckTest {

    @TempDir
    Path dir;

    record Call(List<String> scripts, Set<String> pending, String database) {}

    @Test
    void aCheckSeesEveryScriptAndThePendingVersionsAndCanStopTheRun() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:pending_check;DB_CLOSE_DELAY=-1");
        Files.writeString(dir.resolve("V1__t.sql"), "CREATE TABLE t (id int);\n");
        List<Call> calls = new ArrayList<>();
        MigrationsConfig.Builder config = MigrationsConfig.builder()
                .locations("filesystem:" + dir)
                .pendingCheck((scripts, pending, database) -> calls.add(
                        new Call(scripts.stream().map(MigrationScript::version).toList(), pending, database)));
        Migrator.create(h2, config.build()).migrate();
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).scripts()).containsExactly("1");
        assertThat(calls.get(0).pending()).containsExactly("1");
        assertThat(calls.get(0).database()).startsWith("H2 ");

        Migrator.create(h2, config.build()).migrate();
        assertThat(calls).as("nothing pending: no call").hasSize(1);

        Files.writeString(dir.resolve("V2__u.sql"), "CREATE TABLE u (id int);\n");
        MigrationsConfig stopping = config.pendingCheck((scripts, pending, database) -> {
                    throw MigrationException.builder(ErrorCode.LINT_FAILED, "stop")
                            .build();
                })
                .build();
        assertThatThrownBy(() -> Migrator.create(h2, stopping).migrate())
                .isInstanceOfSatisfying(
                        MigrationException.class, (ex) -> assertThat(ex.code()).isEqualTo(ErrorCode.LINT_FAILED));
        assertThat(calls.get(1).scripts()).containsExactly("1", "2");
        assertThat(calls.get(1).pending()).containsExactly("2");
        assertThat(Migrator.create(
                                h2,
                                MigrationsConfig.builder()
                                        .locations("filesystem:" + dir)
                                        .build())
                        .info()
                        .pending())
                .extracting(MigrationInfo::version)
                .containsExactly("2");
    }
}
