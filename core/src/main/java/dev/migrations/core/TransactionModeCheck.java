package dev.migrations.core;

import java.util.List;

/** TEMPORARY stand-in; replaced by the full implementation. */
final class TransactionModeCheck {
    static void checkTransactionMode(
            List<SqlStatement> statements,
            boolean noTransaction,
            boolean mixedAllowed,
            String scriptName,
            String section) {}
}
