package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one step list Executor runs and DryRun prints, checked as data. */
class StepsTest {

    private static final Dialect POSTGRES_13 = new PostgresDialect(13);

    private static final MigrationsConfig TIMEOUTS = MigrationsConfig.builder()
            .lockTimeout(Duration.ofSeconds(5))
            .statementTimeout(Duration.ZERO)
            .build();

    private static ResolvedMigration sql(String version, String content) {
        return ResolvedMigration.sql(
                new SqlMigrationFile(Version.parse(version), "d", "V" + version + "__d.sql", content, null, null));
    }

    private static List<Class<?>> kinds(Step.Migration step) {
        return step.actions().stream().<Class<?>>map(Object::getClass).toList();
    }

    @Test
    void aTransactionalMigrationIsBeginStatementsHistoryRowCommitBetweenTheRunsTimeouts() {
        ResolvedMigration v1 = sql("1", "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n");

        List<Step> steps = Steps.of(POSTGRES_13, TIMEOUTS, Map.of(), List.of(v1), List.of(7), Direction.UP, "app");

        assertThat(steps).hasSize(3);
        assertThat(steps.get(0)).isEqualTo(new Step.SetTimeouts("SET lock_timeout = '5000ms'"));
        assertThat(steps.get(2)).isEqualTo(new Step.ResetTimeouts("RESET lock_timeout; RESET statement_timeout"));
        Step.Migration step = (Step.Migration) steps.get(1);
        assertThat(step.transactional()).isTrue();
        assertThat(kinds(step))
                .containsExactly(
                        Step.Begin.class, Step.Execute.class, Step.Execute.class, Step.Record.class, Step.Commit.class);
        assertThat(step.statements())
                .extracting(SqlStatement::sql)
                .containsExactly("CREATE TABLE a (id int)", "CREATE TABLE b (id int)");
        HistoryRow row = ((Step.Record) step.history()).row();
        assertThat(row.rank()).isEqualTo(7);
        assertThat(row.version()).isEqualTo(Version.parse("1"));
        assertThat(row.script()).isEqualTo("V1__d.sql");
        assertThat(row.checksum()).isEqualTo(v1.checksum());
        assertThat(row.installedBy()).isEqualTo("app");
        assertThat(row.success()).isTrue();
    }

    @Test
    void aNoTransactionMigrationHasNeitherBeginNorCommit() {
        ResolvedMigration v2 = sql("2", "CREATE INDEX CONCURRENTLY i ON a (id);\n");

        List<Step> steps = Steps.of(POSTGRES_13, TIMEOUTS, Map.of(), List.of(v2), List.of(2), Direction.UP, "app");

        Step.Migration step = (Step.Migration) steps.get(1);
        assertThat(step.transactional()).isFalse();
        assertThat(kinds(step)).containsExactly(Step.Execute.class, Step.Record.class);
    }

    @Test
    void aDowngradeRemovesTheRowAndJavaCodeRunsAsOneStep() {
        ResolvedMigration code = ResolvedMigration.java(new V3Code());

        List<Step> steps = Steps.of(
                new H2Dialect(),
                MigrationsConfig.builder().lockTimeout(Duration.ZERO).build(),
                Map.of(),
                List.of(code),
                List.of(9),
                Direction.DOWN,
                "app");

        // H2 without a lock timeout: no timeout steps at all
        assertThat(steps).singleElement().isInstanceOf(Step.Migration.class);
        Step.Migration step = (Step.Migration) steps.get(0);
        assertThat(step.runsCode()).isTrue();
        assertThat(step.statements()).isEmpty();
        assertThat(step.actions())
                .containsExactly(
                        new Step.Begin(),
                        new Step.RunCode(((ResolvedMigration.Code) code).java(), Direction.DOWN),
                        new Step.Remove(9),
                        new Step.Commit());
    }

    @Test
    void nothingToRunIsNoStepNotEvenTimeouts() {
        assertThat(Steps.of(POSTGRES_13, TIMEOUTS, Map.of(), List.of(), List.of(), Direction.UP, "app"))
                .isEmpty();
    }

    static final class V3Code implements JavaMigration {

        @Override
        public String version() {
            return "3";
        }

        @Override
        public void up(Connection connection) {}

        @Override
        public void down(Connection connection) {}

        @Override
        public boolean reversible() {
            return true;
        }
    }
}
