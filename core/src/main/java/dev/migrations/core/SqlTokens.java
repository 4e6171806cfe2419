package dev.migrations.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of one statement, cut by the same lexical rules as the engine's splitter ({@link SqlLexing}), for tools
 * above core that read statements (the linter). Comments and whitespace are dropped.
 *
 * @since 0.1.0
 */
public final class SqlTokens {

    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";

    /** What a token is. */
    public enum Kind {
        /** A keyword or unquoted identifier. */
        WORD,
        /** A {@code "quoted"} identifier. */
        QUOTED_IDENTIFIER,
        /** A string constant: {@code '...'}, {@code E'...'} or a dollar-quoted body. */
        STRING,
        /** A numeric constant. */
        NUMBER,
        /** A positional parameter such as {@code $1}. */
        PARAMETER,
        /** Punctuation or an operator: {@code (}, {@code )}, {@code ,}, {@code .}, {@code ::}, {@code =}, ... */
        SYMBOL
    }

    /**
     * One token.
     *
     * @param kind what it is
     * @param text the token exactly as written
     * @param offset index of its first character in the statement
     */
    public record Token(Kind kind, String text, int offset) {

        /**
         * The token as PostgreSQL understands it: a word lower-cased (unquoted identifiers fold to lower case), a
         * quoted identifier without its quotes, anything else as written.
         */
        public String value() {
            return switch (kind) {
                case WORD -> text.toLowerCase(Locale.ROOT);
                case QUOTED_IDENTIFIER -> text.substring(1, text.length() - 1).replace("\"\"", "\"");
                default -> text;
            };
        }

        /** Whether this is the unquoted word {@code keyword} (case-insensitive). */
        public boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        /** Whether this is the symbol {@code symbol}. */
        public boolean isSymbol(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        /** Whether this names something: a word or a quoted identifier. */
        public boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
        }
    }

    private SqlTokens() {}

    /** The tokens of {@code sql} (one statement, or any SQL text). An unterminated construct runs to the end. */
    public static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            char next = (i + 1 < n) ? sql.charAt(i + 1) : 0;
            int end;
            Kind kind;
            if (SqlLexing.isWhitespace(c) || c == '\uFEFF') {
                i++;
                continue;
            } else if (c == '-' && next == '-') {
                i = SqlLexing.lineCommentEnd(sql, i);
                continue;
            } else if (c == '/' && next == '*') {
                i = orEnd(SqlLexing.blockCommentEnd(sql, i), n);
                continue;
            } else if (c == '\'') {
                kind = Kind.STRING;
                end = SqlLexing.quotedEnd(sql, i, '\'');
            } else if (c == '"') {
                kind = Kind.QUOTED_IDENTIFIER;
                end = SqlLexing.quotedEnd(sql, i, '"');
            } else if (c == '$' && SqlLexing.isDigit(next)) {
                kind = Kind.PARAMETER;
                end = i + 1;
                while (end < n && SqlLexing.isDigit(sql.charAt(end))) {
                    end++;
                }
            } else if (c == '$' && SqlLexing.dollarTagEnd(sql, i) > 0) {
                kind = Kind.STRING;
                int tagEnd = SqlLexing.dollarTagEnd(sql, i);
                end = SqlLexing.dollarBodyEnd(sql, tagEnd, sql.substring(i, tagEnd));
            } else if (SqlLexing.isIdentStart(c)) {
                end = SqlLexing.wordEnd(sql, i);
                if (end == i + 1 && (c == 'E' || c == 'e') && end < n && sql.charAt(end) == '\'') {
                    kind = Kind.STRING;
                    end = SqlLexing.escapeStringEnd(sql, end);
                } else {
                    kind = Kind.WORD;
                }
            } else if (SqlLexing.isDigit(c) || (c == '.' && SqlLexing.isDigit(next))) {
                kind = Kind.NUMBER;
                end = i + 1;
                while (end < n
                        && (SqlLexing.isIdentStart(sql.charAt(end))
                                || SqlLexing.isDigit(sql.charAt(end))
                                || sql.charAt(end) == '.')) {
                    end++;
                }
            } else if (c == ':' && next == ':') {
                kind = Kind.SYMBOL;
                end = i + 2;
            } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                kind = Kind.SYMBOL;
                end = i + 1;
                while (end < n && OPERATOR_CHARS.indexOf(sql.charAt(end)) >= 0 && !startsComment(sql, end)) {
                    end++;
                }
            } else {
                kind = Kind.SYMBOL;
                end = i + 1;
            }
            end = orEnd(end, n);
            tokens.add(new Token(kind, sql.substring(i, end), i));
            i = end;
        }
        return Collections.unmodifiableList(tokens);
    }

    private static boolean startsComment(String sql, int i) {
        return i + 1 < sql.length()
                && ((sql.charAt(i) == '-' && sql.charAt(i + 1) == '-')
                        || (sql.charAt(i) == '/' && sql.charAt(i + 1) == '*'));
    }

    private static int orEnd(int end, int n) {
        return (end < 0) ? n : end;
    }
}
