package dev.migrations.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits a PostgreSQL script into the statements psql would send, in one pass over the characters: semicolons end
 * statements except inside strings, quoted identifiers, dollar quotes, comments, parentheses (as in psql, for
 * multi-action rules) and {@code BEGIN ATOMIC ... END} bodies of {@code CREATE FUNCTION/PROCEDURE}. psql
 * meta-commands and {@code COPY ... FROM STDIN} are rejected because migrations are sent over JDBC.
 */
final class SqlSplitter {

    private static final int NOT_ROUTINE = -1;

    private static final int ROUTINE = 9;

    private final String sql;

    private final String script;

    private final int n;

    private final List<SqlStatement> statements = new ArrayList<>();

    /** Line numbers are computed lazily with a cursor that only moves forward, so counting stays linear. */
    private int linePos;

    private int line;

    private int start = -1;

    private int startLine;

    private int end;

    private int parenDepth;

    /** Open BEGIN ATOMIC bodies plus the CASE expressions inside them (both close with END). */
    private int atomicDepth;

    private int wordCount;

    /** Progress through CREATE [OR REPLACE] FUNCTION|PROCEDURE over the first words (psql's heuristic). */
    private int routineState;

    private boolean beginPending;

    private boolean copy;

    private @Nullable String copyDirection; // "from" or "to" right after it, at the top level of a COPY; else null

    private SqlSplitter(String sql, String script, int firstLine) {
        this.sql = sql;
        this.script = script;
        this.n = sql.length();
        this.line = firstLine;
    }

    /**
     * Splits {@code sql}, whose first character is on line {@code firstLine} of {@code scriptName}, so that every
     * statement and error names its line in the file.
     */
    static List<SqlStatement> split(String sql, String scriptName, int firstLine) {
        SqlSplitter splitter = new SqlSplitter(sql, scriptName, firstLine);
        splitter.run();
        return Collections.unmodifiableList(splitter.statements);
    }

    private void run() {
        int i = (n > 0 && sql.charAt(0) == '\uFEFF') ? 1 : 0; // a byte order mark is not part of the first statement
        while (i < n) {
            char c = sql.charAt(i);
            if (SqlLexing.isWhitespace(c)) {
                i++;
            } else if (c == '-' && next(i) == '-') {
                i = SqlLexing.lineCommentEnd(sql, i);
            } else if (c == '/' && next(i) == '*') {
                i = require(SqlLexing.blockCommentEnd(sql, i), i, "block comment", "/*");
            } else if (c == ';' && parenDepth == 0 && atomicDepth == 0) {
                finish();
                i++;
            } else {
                if (start < 0) {
                    start = i;
                    startLine = lineOf(i);
                }
                i = token(i, c);
                end = i; // comments after the last token are not part of the statement
            }
        }
        finish();
    }

    /** Consumes one significant token starting at {@code i} and returns the index after it. */
    private int token(int i, char c) {
        switch (c) {
            case '\'':
                return require(SqlLexing.quotedEnd(sql, i, '\''), i, "quoted string", "'");
            case '"':
                return require(SqlLexing.quotedEnd(sql, i, '"'), i, "quoted identifier", "\"");
            case '$':
                return dollar(i);
            case '(':
                parenDepth++;
                return i + 1;
            case ')':
                parenDepth = Math.max(0, parenDepth - 1);
                return i + 1;
            case '\\':
                throw metaCommand(i);
            default:
                if (SqlLexing.isIdentStart(c)) {
                    return word(i, c);
                }
                if (SqlLexing.isDigit(c)) {
                    return number(i);
                }
                return i + 1;
        }
    }

    private int word(int i, char c) {
        int wordEnd = SqlLexing.wordEnd(sql, i);
        if (wordEnd == i + 1 && (c == 'E' || c == 'e') && wordEnd < n && sql.charAt(wordEnd) == '\'') {
            return require(SqlLexing.escapeStringEnd(sql, wordEnd), i, "escape string", "E'");
        }
        keyword(i, wordEnd - i);
        return wordEnd;
    }

    /** Tracks the few keywords that change splitting: routine headers, BEGIN ATOMIC/CASE/END, COPY FROM STDIN or TO STDOUT. */
    private void keyword(int i, int len) {
        int index = wordCount++;
        if (index < 4 && routineState != NOT_ROUTINE && routineState != ROUTINE) {
            routineWord(index, i, len);
        }
        if (index == 0) {
            copy = is(i, len, "copy");
        } else if (copy && parenDepth == 0) {
            // STDIN and STDOUT both name the client's stream, in either direction: only psql can serve it
            if (copyDirection != null && (is(i, len, "stdin") || is(i, len, "stdout"))) {
                throw copyClientSide(i, len);
            }
            copyDirection = is(i, len, "from") ? "FROM" : is(i, len, "to") ? "TO" : null;
        }
        if (routineState == ROUTINE && parenDepth == 0) {
            if (beginPending) {
                beginPending = false;
                if (is(i, len, "atomic")) {
                    atomicDepth++;
                    return;
                }
            }
            if (is(i, len, "begin")) {
                beginPending = true;
            } else if (atomicDepth > 0 && is(i, len, "case")) {
                atomicDepth++; // CASE ... END inside the body must not close it
            } else if (atomicDepth > 0 && is(i, len, "end")) {
                atomicDepth--;
            }
        }
    }

    private void routineWord(int index, int i, int len) {
        boolean kind = is(i, len, "function") || is(i, len, "procedure");
        if (index == 0) {
            routineState = is(i, len, "create") ? 1 : NOT_ROUTINE;
        } else if (index == 1) {
            routineState = kind ? ROUTINE : is(i, len, "or") ? 2 : NOT_ROUTINE;
        } else if (index == 2) {
            routineState = is(i, len, "replace") ? 3 : NOT_ROUTINE;
        } else {
            routineState = kind ? ROUTINE : NOT_ROUTINE;
        }
    }

    private boolean is(int i, int len, String keyword) {
        return len == keyword.length() && sql.regionMatches(true, i, keyword, 0, len);
    }

    /** Numbers are consumed whole so that {@code 1e5} or {@code 0x1F} are not read as words. */
    private int number(int i) {
        int j = i + 1;
        while (j < n
                && (SqlLexing.isIdentStart(sql.charAt(j))
                        || SqlLexing.isDigit(sql.charAt(j))
                        || sql.charAt(j) == '.')) {
            j++;
        }
        return j;
    }

    private int dollar(int i) {
        if (i + 1 < n && SqlLexing.isDigit(sql.charAt(i + 1))) {
            int j = i + 1; // $1: a positional parameter, not a dollar quote
            while (j < n && SqlLexing.isDigit(sql.charAt(j))) {
                j++;
            }
            return j;
        }
        int tagEnd = SqlLexing.dollarTagEnd(sql, i);
        if (tagEnd < 0) {
            return i + 1; // a lone $ is not a quote; the server judges it
        }
        String tag = sql.substring(i, tagEnd);
        return require(SqlLexing.dollarBodyEnd(sql, tagEnd, tag), i, "dollar-quoted string " + tag, tag);
    }

    private char next(int i) {
        return (i + 1 < n) ? sql.charAt(i + 1) : 0;
    }

    private int lineOf(int pos) {
        for (; linePos < pos; linePos++) {
            char c = sql.charAt(linePos);
            if (c == '\n' || (c == '\r' && (linePos + 1 >= n || sql.charAt(linePos + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    private void finish() {
        if (start >= 0) {
            String text = sql.substring(start, end);
            statements.add(new SqlStatement(text, startLine, NonTransactionalStatements.matches(text)));
        }
        start = -1;
        parenDepth = 0;
        atomicDepth = 0;
        wordCount = 0;
        routineState = 0;
        beginPending = false;
        copy = false;
        copyDirection = null;
    }

    private int require(int tokenEnd, int open, String what, String delimiter) {
        if (tokenEnd >= 0) {
            return tokenEnd;
        }
        String statement = sql.substring(start >= 0 ? start : open);
        throw SqlSyntaxErrors.unterminated(script, lineOf(open), statement, what, delimiter);
    }

    private MigrationException metaCommand(int i) {
        int j = i + 1;
        while (j < n && Character.isLetter(sql.charAt(j)) && sql.charAt(j) < 0x80) {
            j++;
        }
        if (j == i + 1 && j < n && !SqlLexing.isWhitespace(sql.charAt(j))) {
            j++; // one-character commands such as \. or \!
        }
        String lineText = sql.substring(i, SqlLexing.lineEnd(sql, i));
        return SqlSyntaxErrors.metaCommand(script, lineOf(i), sql.substring(i, j), lineText);
    }

    private MigrationException copyClientSide(int i, int len) {
        String stream = sql.substring(i, i + len).toUpperCase(java.util.Locale.ROOT);
        return SqlSyntaxErrors.copyClientSide(
                script, startLine, sql.substring(start, i + len), copyDirection + " " + stream);
    }
}
