package dev.migrations.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Which statements PostgreSQL refuses to run inside a transaction block, and which statements are explicit
 * transaction control. Only the statement's leading keywords are read (comments skipped, case-insensitive); reading
 * stops at the first string, dollar quote or operator, so words inside literals and bodies never count.
 */
final class NonTransactionalStatements {

    /** Enough words for ALTER TABLE IF EXISTS ONLY s.t DETACH PARTITION s.p CONCURRENTLY. */
    private static final int MAX_WORDS = 16;

    /** First words of every rule below: other statements are decided after reading one word. */
    private static final Set<String> FIRST_WORDS =
            Set.of("create", "drop", "alter", "reindex", "vacuum", "cluster", "discard", "commit", "rollback");

    private static final List<Rule> RULES = List.of(
            // builds the index in several transactions so that writers are not blocked
            new Rule("CREATE INDEX CONCURRENTLY", w -> seq(w, 0, "create", "index", "concurrently")),
            new Rule("CREATE UNIQUE INDEX CONCURRENTLY", w -> seq(w, 0, "create", "unique", "index", "concurrently")),
            // waits for running transactions before dropping
            new Rule("DROP INDEX CONCURRENTLY", w -> seq(w, 0, "drop", "index", "concurrently")),
            // REINDEX [(options)] INDEX|TABLE|SCHEMA|DATABASE|SYSTEM CONCURRENTLY: rebuilds in several transactions
            new Rule("REINDEX CONCURRENTLY", w -> seq(w, 0, "reindex") && w.contains("concurrently")),
            // REINDEX SCHEMA/DATABASE/SYSTEM commit after each table
            new Rule("REINDEX SCHEMA/DATABASE/SYSTEM", w -> seq(w, 0, "reindex") && reindexesMany(w)),
            // PG 14+: detaches in two transactions
            new Rule(
                    "ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY",
                    NonTransactionalStatements::detachConcurrently),
            // VACUUM (also VACUUM ANALYZE/FULL) always refuses a transaction block; ANALYZE alone does not
            new Rule("VACUUM", w -> seq(w, 0, "vacuum")),
            // writes postgresql.auto.conf, which cannot be rolled back
            new Rule("ALTER SYSTEM", w -> seq(w, 0, "alter", "system")),
            // copies/removes whole database directories, not transactional
            new Rule("CREATE DATABASE", w -> seq(w, 0, "create", "database")),
            new Rule("DROP DATABASE", w -> seq(w, 0, "drop", "database")),
            // ALTER DATABASE name SET TABLESPACE moves files
            new Rule(
                    "ALTER DATABASE ... SET TABLESPACE",
                    w -> seq(w, 0, "alter", "database") && seq(w, 3, "set", "tablespace")),
            // tablespaces are directories on the server
            new Rule("CREATE TABLESPACE", w -> seq(w, 0, "create", "tablespace")),
            new Rule("DROP TABLESPACE", w -> seq(w, 0, "drop", "tablespace")),
            // CLUSTER without a table clusters every table, one transaction each
            new Rule("CLUSTER without a table name", NonTransactionalStatements::clusterAll),
            // refused with the default create_slot/slot_name; treated conservatively as always refused
            new Rule("CREATE SUBSCRIPTION", w -> seq(w, 0, "create", "subscription")),
            new Rule("ALTER SUBSCRIPTION", w -> seq(w, 0, "alter", "subscription")),
            new Rule("DROP SUBSCRIPTION", w -> seq(w, 0, "drop", "subscription")),
            // DISCARD ALL cannot run in a transaction block
            new Rule("DISCARD ALL", w -> seq(w, 0, "discard", "all")),
            // finishing a prepared (two-phase) transaction is itself refused inside a transaction block
            new Rule("COMMIT PREPARED", w -> seq(w, 0, "commit", "prepared")),
            new Rule("ROLLBACK PREPARED", w -> seq(w, 0, "rollback", "prepared")));

    private NonTransactionalStatements() {}

    /** Whether PostgreSQL refuses to run {@code statement} (as split by {@link SqlSplitter}) in a transaction. */
    static boolean matches(String statement) {
        return rule(statement) != null;
    }

    /** The name of the rule {@code statement} matches, for messages, or {@code null} when it is transactional. */
    static @Nullable String rule(String statement) {
        List<String> first = leadingWords(statement, 1);
        if (first.isEmpty() || !FIRST_WORDS.contains(first.get(0))) {
            return null; // the common case (INSERT, UPDATE, SELECT, ...) costs one word
        }
        List<String> words = leadingWords(statement, MAX_WORDS);
        for (Rule rule : RULES) {
            if (rule.test().test(words)) {
                return rule.name();
            }
        }
        return null;
    }

    /**
     * The transaction control statement ({@code BEGIN}, {@code COMMIT}, ...) that {@code statement} is, or
     * {@code null}. {@code ROLLBACK TO SAVEPOINT} and the two-phase {@code ... PREPARED} forms are not control.
     */
    static @Nullable String transactionControl(String statement) {
        List<String> w = leadingWords(statement, 2);
        if (w.isEmpty()) {
            return null;
        }
        String second = (w.size() > 1) ? w.get(1) : "";
        switch (w.get(0)) {
            case "begin", "end", "abort":
                return w.get(0).toUpperCase(Locale.ROOT);
            case "commit":
                return second.equals("prepared") ? null : "COMMIT";
            case "rollback":
                return (second.equals("prepared") || second.equals("to")) ? null : "ROLLBACK";
            case "start":
                return second.equals("transaction") ? "START TRANSACTION" : null;
            case "prepare":
                return second.equals("transaction") ? "PREPARE TRANSACTION" : null;
            default:
                return null;
        }
    }

    /**
     * Up to {@code max} leading words, lower-cased; a quoted identifier is kept as written (with its quotes) so it
     * never equals a keyword. Parentheses, commas and dots are skipped (option lists, qualified names); anything
     * else ends the reading.
     */
    static List<String> leadingWords(String sql, int max) {
        List<String> words = new ArrayList<>(Math.min(max, 8));
        int n = sql.length();
        int i = 0;
        while (i < n && words.size() < max) {
            char c = sql.charAt(i);
            char next = (i + 1 < n) ? sql.charAt(i + 1) : 0;
            if (SqlLexing.isWhitespace(c) || c == '(' || c == ')' || c == ',' || c == '.') {
                i++;
            } else if (c == '-' && next == '-') {
                i = SqlLexing.lineCommentEnd(sql, i);
            } else if (c == '/' && next == '*') {
                i = SqlLexing.blockCommentEnd(sql, i);
            } else if (c == '"') {
                int end = SqlLexing.quotedEnd(sql, i, '"');
                if (end < 0) {
                    break;
                }
                words.add(sql.substring(i, end));
                i = end;
            } else if (SqlLexing.isIdentStart(c)) {
                int end = SqlLexing.wordEnd(sql, i);
                words.add(sql.substring(i, end).toLowerCase(Locale.ROOT));
                i = end;
            } else {
                break;
            }
            if (i < 0) {
                break; // unterminated comment: the splitter has already rejected that
            }
        }
        return words;
    }

    private static boolean seq(List<String> words, int from, String... expected) {
        if (words.size() < from + expected.length) {
            return false;
        }
        for (int k = 0; k < expected.length; k++) {
            if (!words.get(from + k).equals(expected[k])) {
                return false;
            }
        }
        return true;
    }

    /** The object kind is the first kind keyword after REINDEX (its option list may come before it). */
    private static boolean reindexesMany(List<String> words) {
        for (int k = 1; k < words.size(); k++) {
            switch (words.get(k)) {
                case "schema", "database", "system":
                    return true;
                case "index", "table":
                    return false;
                default:
                    break;
            }
        }
        return false;
    }

    private static boolean detachConcurrently(List<String> words) {
        int detach = words.indexOf("detach");
        return seq(words, 0, "alter", "table")
                && detach > 0
                && seq(words, detach + 1, "partition")
                && words.subList(detach, words.size()).contains("concurrently");
    }

    /** CLUSTER, CLUSTER VERBOSE and CLUSTER (VERBOSE) name no table; any further word is the table. */
    private static boolean clusterAll(List<String> words) {
        if (!seq(words, 0, "cluster")) {
            return false;
        }
        int rest = words.size() - 1 - (seq(words, 1, "verbose") ? 1 : 0);
        return rest == 0;
    }

    private record Rule(String name, Predicate<List<String>> test) {}
}
