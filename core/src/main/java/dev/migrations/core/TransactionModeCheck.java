package dev.migrations.core;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks, before anything runs, that a script's statements fit the way the engine will run it: in one transaction,
 * or (with {@code -- migrate:no-transaction}) one statement at a time in autocommit mode.
 */
final class TransactionModeCheck {

    private TransactionModeCheck() {}

    /**
     * Rejects non-transactional statements and explicit transaction control in a transactional script, and (unless
     * {@code mixedAllowed}) a no-transaction script that also holds transactional statements.
     *
     * @param section {@code "up"} or {@code "down"}, for messages
     */
    static void checkTransactionMode(
            List<SqlStatement> statements,
            boolean noTransaction,
            boolean mixedAllowed,
            String scriptName,
            String section) {
        checkTransactionMode(statements, noTransaction, mixedAllowed, scriptName, section, OptionNames.ENGINE);
    }

    /** As above; {@code names} spells the option that accepts a mixed script. */
    static void checkTransactionMode(
            List<SqlStatement> statements,
            boolean noTransaction,
            boolean mixedAllowed,
            String scriptName,
            String section,
            OptionNames names) {
        SqlStatement firstNonTransactional = null;
        SqlStatement firstTransactional = null;
        for (SqlStatement statement : statements) {
            // Transaction control is only possible with no-transaction: the engine owns the transaction otherwise.
            String control = NonTransactionalStatements.transactionControl(statement.sql());
            if (!noTransaction && control != null) {
                throw transactionControl(statement, control, scriptName, section);
            }
            if (statement.nonTransactional()) {
                if (!noTransaction) {
                    throw nonTransactional(statement, scriptName, section);
                }
                if (firstNonTransactional == null) {
                    firstNonTransactional = statement;
                }
            } else if (firstTransactional == null && control == null) {
                firstTransactional = statement;
            }
        }
        if (!mixedAllowed && firstNonTransactional != null && firstTransactional != null) {
            throw mixed(firstNonTransactional, firstTransactional, scriptName, section, names);
        }
    }

    /**
     * Whether a script that does not declare its transaction mode must run without a transaction, as Flyway decides
     * by itself: when its statements include some that cannot run in one (such as {@code CREATE INDEX
     * CONCURRENTLY}) and all others can run outside one too. A script mixing them with transactional statements is
     * refused here, before anything runs, unless {@code mixedAllowed} (Flyway's {@code mixed}), which runs it without
     * a transaction as Flyway does.
     */
    static boolean needsNoTransaction(
            List<SqlStatement> statements, boolean mixedAllowed, String scriptName, String section, OptionNames names) {
        SqlStatement firstNonTransactional = null;
        SqlStatement firstTransactional = null;
        for (SqlStatement statement : statements) {
            if (statement.nonTransactional()) {
                if (firstNonTransactional == null) {
                    firstNonTransactional = statement;
                }
            } else if (firstTransactional == null
                    && NonTransactionalStatements.transactionControl(statement.sql()) == null) {
                firstTransactional = statement;
            }
        }
        if (firstNonTransactional == null) {
            return false;
        }
        if (firstTransactional != null && !mixedAllowed) {
            throw mixed(firstNonTransactional, firstTransactional, scriptName, section, names);
        }
        return true;
    }

    /** The rule of the first statement that cannot run in a transaction, for the log line. */
    static @Nullable String firstNonTransactionalRule(List<SqlStatement> statements) {
        for (SqlStatement statement : statements) {
            if (statement.nonTransactional()) {
                return NonTransactionalStatements.rule(statement.sql());
            }
        }
        return null;
    }

    private static MigrationException transactionControl(
            SqlStatement statement, String control, String scriptName, String section) {
        return MigrationException.builder(
                        ErrorCode.SQL_PARSE_ERROR,
                        "Transaction control statement " + control + " at line " + statement.line() + " (" + section
                                + " section) is not allowed in a migration")
                .script(scriptName)
                .line(statement.line())
                .statement(statement.sql())
                .action("The engine runs each migration in its own transaction and commits it itself: remove the "
                        + control + ", or declare a line -- migrate:no-transaction if the migration must manage its"
                        + " own transactions.")
                .build();
    }

    private static MigrationException nonTransactional(SqlStatement statement, String scriptName, String section) {
        return MigrationException.builder(
                        ErrorCode.NON_TRANSACTIONAL_STATEMENT,
                        NonTransactionalStatements.rule(statement.sql()) + " at line " + statement.line() + " ("
                                + section + " section) cannot run inside a transaction block, and this migration"
                                + " runs in one")
                .script(scriptName)
                .line(statement.line())
                .statement(statement.sql())
                .action("Add a line -- migrate:no-transaction to the file so that the migration runs outside a"
                        + " transaction, and keep that migration to the statements that need it (move the others into"
                        + " a migration of their own).")
                .build();
    }

    private static MigrationException mixed(
            SqlStatement nonTransactional,
            SqlStatement transactional,
            String scriptName,
            String section,
            OptionNames names) {
        return MigrationException.builder(
                        ErrorCode.MIXED_TRANSACTION_MODES,
                        "No-transaction migration mixes " + NonTransactionalStatements.rule(nonTransactional.sql())
                                + " at line " + nonTransactional.line() + " with the transactional statement at line "
                                + transactional.line() + " (" + section + " section): each statement commits on its"
                                + " own, so a failure halfway leaves the earlier statements applied")
                .script(scriptName)
                .line(transactional.line())
                .statement(transactional.sql())
                .action(
                        "Split it into two migrations (one with only the statements that need -- migrate:no-transaction,"
                                + " one for the rest), or set " + names.setting(Option.MIXED, "true")
                                + " to accept that.")
                .build();
    }
}
