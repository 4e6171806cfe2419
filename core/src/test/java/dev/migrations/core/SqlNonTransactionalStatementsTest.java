package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests for {@link NonTransactionalStatements} (named Sql* to run with the SQL tests). */
class SqlNonTransactionalStatementsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "CREATE INDEX CONCURRENTLY i ON t (a)                          | CREATE INDEX CONCURRENTLY",
                "create unique index concurrently if not exists i on t (a)    | CREATE UNIQUE INDEX CONCURRENTLY",
                "CREATE /* c */ INDEX -- c\\n CONCURRENTLY ON t (a)             | CREATE INDEX CONCURRENTLY",
                "DROP INDEX CONCURRENTLY IF EXISTS i                           | DROP INDEX CONCURRENTLY",
                "REINDEX INDEX CONCURRENTLY i                                  | REINDEX CONCURRENTLY",
                "REINDEX (VERBOSE) TABLE CONCURRENTLY s.t                      | REINDEX CONCURRENTLY",
                "REINDEX SCHEMA app                                            | REINDEX SCHEMA/DATABASE/SYSTEM",
                "REINDEX (VERBOSE) DATABASE app                                | REINDEX SCHEMA/DATABASE/SYSTEM",
                "ALTER TABLE ONLY s.t DETACH PARTITION s.p CONCURRENTLY       | ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY",
                "ALTER TABLE \"T\" DETACH PARTITION \"P\" CONCURRENTLY         | ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY",
                "VACUUM                                                        | VACUUM",
                "vacuum (analyze) t                                            | VACUUM",
                "ALTER SYSTEM SET work_mem = '64MB'                            | ALTER SYSTEM",
                "CREATE DATABASE other                                         | CREATE DATABASE",
                "DROP DATABASE IF EXISTS other                                 | DROP DATABASE",
                "ALTER DATABASE \"other\" SET TABLESPACE fast                  | ALTER DATABASE ... SET TABLESPACE",
                "CREATE TABLESPACE fast LOCATION '/ssd'                        | CREATE TABLESPACE",
                "DROP TABLESPACE fast                                          | DROP TABLESPACE",
                "CLUSTER                                                       | CLUSTER without a table name",
                "CLUSTER VERBOSE                                               | CLUSTER without a table name",
                "CLUSTER (VERBOSE)                                             | CLUSTER without a table name",
                "CREATE SUBSCRIPTION s CONNECTION 'x' PUBLICATION p            | CREATE SUBSCRIPTION",
                "ALTER SUBSCRIPTION s REFRESH PUBLICATION                      | ALTER SUBSCRIPTION",
                "DROP SUBSCRIPTION s                                           | DROP SUBSCRIPTION",
                "DISCARD ALL                                                   | DISCARD ALL",
                "COMMIT PREPARED 'tx1'                                         | COMMIT PREPARED",
                "ROLLBACK PREPARED 'tx1'                                       | ROLLBACK PREPARED",
            })
    void matchesStatementsPostgresRefusesInATransaction(String sql, String rule) {
        String statement = sql.strip().replace("\\n", "\n");
        assertThat(NonTransactionalStatements.rule(statement)).isEqualTo(rule);
        assertThat(NonTransactionalStatements.matches(statement)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE INDEX i ON t (a)",
                "CREATE INDEX \"concurrently\" ON t (a)",
                "REFRESH MATERIALIZED VIEW CONCURRENTLY v",
                "SELECT 'CREATE INDEX CONCURRENTLY'",
                "CREATE FUNCTION f() RETURNS void AS $$ VACUUM; DROP DATABASE x $$ LANGUAGE sql",
                "-- VACUUM\nSELECT 1",
                "CREATE TABLE database (id int)",
                "ALTER DATABASE app SET search_path = app",
                "ALTER TABLE t DETACH PARTITION p",
                "ALTER TABLESPACE fast OWNER TO app",
                "CLUSTER t",
                "CLUSTER VERBOSE t USING i",
                "CLUSTER (VERBOSE) t",
                "REINDEX TABLE t",
                "ANALYZE t",
                "DISCARD PLANS",
                "COMMIT",
                "INSERT INTO t VALUES ('VACUUM')",
                "(SELECT 1)",
                "",
            })
    void leavesTransactionalStatementsAlone(String statement) {
        assertThat(NonTransactionalStatements.matches(statement.replace("\\n", "\n")))
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "BEGIN                       | BEGIN",
                "begin transaction           | BEGIN",
                "START TRANSACTION           | START TRANSACTION",
                "COMMIT                      | COMMIT",
                "commit and chain            | COMMIT",
                "END                         | END",
                "ROLLBACK                    | ROLLBACK",
                "ABORT                       | ABORT",
                "PREPARE TRANSACTION 'x'     | PREPARE TRANSACTION",
                "ROLLBACK TO SAVEPOINT s     | ",
                "ROLLBACK PREPARED 'x'       | ",
                "COMMIT PREPARED 'x'         | ",
                "PREPARE p AS SELECT 1       | ",
                "SAVEPOINT s                 | ",
                "START                       | ",
                "SELECT 1                    | ",
            })
    void recognisesTransactionControl(String sql, String control) {
        assertThat(NonTransactionalStatements.transactionControl(sql.strip())).isEqualTo(control);
    }
}
