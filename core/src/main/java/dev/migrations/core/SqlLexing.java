package dev.migrations.core;

/**
 * PostgreSQL lexical primitives shared by {@link SqlSplitter}, {@link ScriptSections} and
 * {@link NonTransactionalStatements}, so that all three agree on where strings, identifiers, dollar quotes and
 * comments end. The {@code ...End} methods start at an opening delimiter and return the index just after the
 * construct, or {@code -1} when it is unterminated; the caller decides how to report that.
 */
final class SqlLexing {

    private SqlLexing() {}

    /** PostgreSQL's {@code ident_start}: ASCII letters, underscore and every non-ASCII character. */
    static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    /** PostgreSQL's {@code ident_cont}: includes {@code $}, so {@code a$b$} is one identifier, not a dollar quote. */
    static boolean isIdentCont(char c) {
        return isIdentStart(c) || isDigit(c) || c == '$';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The characters PostgreSQL's lexer treats as whitespace (not Java's wider notion). */
    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u000B';
    }

    /** End of the identifier or keyword that starts at {@code pos}. */
    static int wordEnd(String s, int pos) {
        int i = pos + 1;
        while (i < s.length() && isIdentCont(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * End of a string or quoted identifier whose only escape is the doubled quote ({@code ''} or {@code ""}); with
     * standard_conforming_strings a backslash is an ordinary character here.
     */
    static int quotedEnd(String s, int pos, char quote) {
        int from = pos + 1;
        while (true) {
            int close = s.indexOf(quote, from);
            if (close < 0) {
                return -1;
            }
            if (close + 1 < s.length() && s.charAt(close + 1) == quote) {
                from = close + 2; // a doubled quote is part of the text
                continue;
            }
            return close + 1;
        }
    }

    /** End of an {@code E'...'} string ({@code pos} at the quote): a backslash escapes the next character. */
    static int escapeStringEnd(String s, int pos) {
        int n = s.length();
        for (int i = pos + 1; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\'') {
                if (i + 1 < n && s.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /** End of a block comment; PostgreSQL (unlike the SQL standard's readers in most tools) nests them. */
    static int blockCommentEnd(String s, int pos) {
        int depth = 1;
        int i = pos + 2;
        int last = s.length() - 1;
        while (i < last) {
            char c = s.charAt(i);
            char next = s.charAt(i + 1);
            if (c == '*' && next == '/') {
                i += 2;
                if (--depth == 0) {
                    return i;
                }
            } else if (c == '/' && next == '*') {
                depth++;
                i += 2;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** Index of the line break (or end of text) that ends the {@code --} comment at {@code pos}. */
    static int lineCommentEnd(String s, int pos) {
        return lineEnd(s, pos + 2);
    }

    /** Index of the first line break at or after {@code pos}, or the end of the text. */
    static int lineEnd(String s, int pos) {
        int i = pos;
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /**
     * When a dollar-quote tag ({@code $$}, {@code $tag$}) starts at {@code pos}, the index after its closing
     * {@code $}; otherwise -1. A tag starts with a letter or underscore, so {@code $1} is a parameter.
     */
    static int dollarTagEnd(String s, int pos) {
        int n = s.length();
        int i = pos + 1;
        if (i < n && isIdentStart(s.charAt(i))) {
            i++;
            while (i < n && (isIdentStart(s.charAt(i)) || isDigit(s.charAt(i)))) {
                i++;
            }
        }
        return (i < n && s.charAt(i) == '$') ? i + 1 : -1;
    }

    /** End of a dollar-quoted body that starts at {@code bodyStart} and is closed by {@code tag}, or -1. */
    static int dollarBodyEnd(String s, int bodyStart, String tag) {
        int close = s.indexOf(tag, bodyStart);
        return (close < 0) ? -1 : close + tag.length();
    }

    /** Number of line breaks ({@code \n}, {@code \r\n} or a lone {@code \r}) in {@code [from, to)}. */
    static int lineBreaks(String s, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        return count;
    }
}
