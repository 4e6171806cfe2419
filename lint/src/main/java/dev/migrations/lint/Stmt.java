package dev.migrations.lint;

import dev.migrations.core.SqlStatement;
import dev.migrations.core.SqlTokens;
import dev.migrations.core.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One statement's tokens with the small reading helpers the rules share: leading keywords, qualified names, and
 * splitting at top-level commas (ALTER TABLE actions, column definitions).
 */
final class Stmt {

    final SqlStatement statement;

    final List<Token> tokens;

    Stmt(SqlStatement statement) {
        this(statement, SqlTokens.tokenize(statement.sql()));
    }

    Stmt(SqlStatement statement, List<Token> tokens) {
        this.statement = statement;
        this.tokens = tokens;
    }

    int size() {
        return tokens.size();
    }

    /** The token at {@code i}, or {@code null} past either end: for the callers that probe. */
    @Nullable
    Token at(int i) {
        return (i >= 0 && i < tokens.size()) ? tokens.get(i) : null;
    }

    /** The value of the token at {@code i} ({@link Token#value()}), or {@code ""} past either end. */
    String value(int i) {
        Token token = at(i);
        return (token != null) ? token.value() : "";
    }

    /** The unquoted word at {@code i}, lower-cased, or {@code ""} when another token or none is there. */
    String word(int i) {
        Token token = at(i);
        return (token != null && token.kind() == SqlTokens.Kind.WORD) ? token.value() : "";
    }

    /** Whether a name (a word or a quoted identifier) is at {@code i}. */
    boolean isName(int i) {
        Token token = at(i);
        return token != null && token.isName();
    }

    boolean is(int i, String word) {
        Token token = at(i);
        return token != null && token.is(word);
    }

    boolean isSymbol(int i, String symbol) {
        Token token = at(i);
        return token != null && token.isSymbol(symbol);
    }

    /** Whether the tokens from {@code i} are the words {@code words}. */
    boolean seq(int i, String... words) {
        for (int k = 0; k < words.length; k++) {
            if (!is(i + k, words[k])) {
                return false;
            }
        }
        return true;
    }

    /** Index after the words {@code words} when they are at {@code i}, else {@code i}. */
    int skip(int i, String... words) {
        return seq(i, words) ? i + words.length : i;
    }

    /** Index of the first unquoted word {@code word} at parenthesis depth 0 from {@code from}, or -1. */
    int find(int from, String word) {
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && token.is(word)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the word {@code word} appears anywhere (any depth) in {@code [from, to)}. */
    boolean contains(int from, int to, String word) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (tokens.get(i).is(word)) {
                return true;
            }
        }
        return false;
    }

    /** Index after a (possibly qualified) name that starts at {@code i}. */
    int nameEnd(int i) {
        int j = i;
        while (isName(j)) {
            j++;
            if (isSymbol(j, ".") && isName(j + 1)) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** The last part of the qualified name at {@code i} as PostgreSQL folds it, or {@code null} when none is there. */
    @Nullable
    String name(int i) {
        int end = nameEnd(i);
        return (end > i) ? value(end - 1) : null;
    }

    /** Index of the matching close parenthesis for the open one at {@code open}, or the end. */
    int close(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("(")) {
                depth++;
            } else if (tokens.get(i).isSymbol(")") && --depth == 0) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The ranges {@code [from, to)} between top-level commas of {@code [from, to)}. */
    List<int[]> commaParts(int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.isSymbol("(") || token.isSymbol("[")) {
                depth++;
            } else if (token.isSymbol(")") || token.isSymbol("]")) {
                depth--;
            } else if (depth == 0 && token.isSymbol(",")) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < to) {
            parts.add(new int[] {start, to});
        }
        return parts;
    }

    /** The tokens of {@code [from, to)} joined by single spaces, lower-cased words, for types and messages. */
    String text(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < Math.min(to, tokens.size()); i++) {
            Token token = tokens.get(i);
            boolean tight = token.isSymbol("(")
                    || token.isSymbol(")")
                    || token.isSymbol(",")
                    || token.isSymbol("[")
                    || token.isSymbol("]")
                    || token.isSymbol(".");
            boolean afterTight = i > from
                    && (tokens.get(i - 1).isSymbol("(")
                            || tokens.get(i - 1).isSymbol("[")
                            || tokens.get(i - 1).isSymbol("."));
            if (out.length() > 0 && !tight && !afterTight) {
                out.append(' ');
            }
            out.append(token.kind() == SqlTokens.Kind.WORD ? token.value() : token.text());
        }
        return out.toString();
    }
}
