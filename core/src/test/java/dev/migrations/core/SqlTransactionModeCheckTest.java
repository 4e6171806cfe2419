package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link TransactionModeCheck} (named Sql* to run with the SQL tests). */
class SqlTransactionModeCheckTest {

    private static final String SCRIPT = "V4__index.sql";

    private static List<SqlStatement> split(String sql) {
        return SqlSplitter.split(sql, SCRIPT, 1);
    }

    @Test
    void acceptsScriptsThatFitTheirMode() {
        assertThatCode(() -> TransactionModeCheck.checkTransactionMode(
                        split("CREATE TABLE t (id int);\nREFRESH MATERIALIZED VIEW CONCURRENTLY v;"),
                        false,
                        false,
                        SCRIPT,
                        "up"))
                .doesNotThrowAnyException();
        assertThatCode(() -> TransactionModeCheck.checkTransactionMode(
                        split("CREATE INDEX CONCURRENTLY i ON t (a);\nDROP INDEX CONCURRENTLY j;"),
                        true,
                        false,
                        SCRIPT,
                        "up"))
                .doesNotThrowAnyException();
        assertThatCode(() -> TransactionModeCheck.checkTransactionMode(
                        split("UPDATE t SET a = 1;\nCREATE INDEX CONCURRENTLY i ON t (a);"), true, true, SCRIPT, "up"))
                .doesNotThrowAnyException();
        // with no-transaction the script may manage its own transactions
        assertThatCode(() -> TransactionModeCheck.checkTransactionMode(
                        split("BEGIN;\nUPDATE t SET a = 1;\nCOMMIT;"), true, false, SCRIPT, "up"))
                .doesNotThrowAnyException();
        assertThatCode(() -> TransactionModeCheck.checkTransactionMode(List.of(), false, false, SCRIPT, "down"))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsANonTransactionalStatementInATransactionalScript() {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> TransactionModeCheck.checkTransactionMode(
                        split("CREATE TABLE t (a int);\n\ncreate index concurrently i\n  on t (a);"),
                        false,
                        false,
                        SCRIPT,
                        "up"))
                .withMessage("MIG-023 CREATE INDEX CONCURRENTLY at line 3 (up section) cannot run inside a transaction"
                        + " block, and this migration runs in one\n"
                        + "  Script:      V4__index.sql, line 3\n"
                        + "  Statement:   create index concurrently i on t (a)\n"
                        + "  Action:      Add a line -- migrate:no-transaction to the file so that the migration runs"
                        + " outside a transaction, and keep that migration to the statements that need it (move the"
                        + " others into a migration of their own).");
    }

    @Test
    void rejectsMixedModesUnlessAllowed() {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> TransactionModeCheck.checkTransactionMode(
                        split(
                                "DROP INDEX CONCURRENTLY i;\nALTER TABLE t DROP COLUMN a;\nCREATE INDEX CONCURRENTLY j ON t (b);"),
                        true,
                        false,
                        SCRIPT,
                        "down"))
                .withMessage("MIG-024 No-transaction migration mixes DROP INDEX CONCURRENTLY at line 1 with the"
                        + " transactional statement at line 2 (down section): each statement commits on its own, so a"
                        + " failure halfway leaves the earlier statements applied\n"
                        + "  Script:      V4__index.sql, line 2\n"
                        + "  Statement:   ALTER TABLE t DROP COLUMN a\n"
                        + "  Action:      Split it into two migrations (one with only the statements that need"
                        + " -- migrate:no-transaction, one for the rest), or set mixed=true to accept that.");
    }

    @Test
    void rejectsTransactionControlInATransactionalScript() {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> TransactionModeCheck.checkTransactionMode(
                        split("INSERT INTO t VALUES (1);\n".repeat(6) + "COMMIT;\nINSERT INTO t VALUES (2);"),
                        false,
                        false,
                        SCRIPT,
                        "up"))
                .withMessage("MIG-020 Transaction control statement COMMIT at line 7 (up section) is not allowed in a"
                        + " migration\n"
                        + "  Script:      V4__index.sql, line 7\n"
                        + "  Statement:   COMMIT\n"
                        + "  Action:      The engine runs each migration in its own transaction and commits it itself:"
                        + " remove the COMMIT, or declare a line -- migrate:no-transaction if the migration must manage"
                        + " its own transactions.");
    }
}
