package dev.migrations.core;

import org.jspecify.annotations.Nullable;

/**
 * The parts of a migration file in the dbmate-like format: an optional {@code -- migrate:up} line, a
 * {@code -- migrate:down} line that starts the downgrade part, and {@code -- migrate:no-transaction} (or dbmate's
 * {@code transaction:false} option) to run the whole migration outside a transaction. Markers count only as whole
 * lines starting at column 0 and outside strings, block comments and dollar quotes.
 *
 * @param up the upgrade SQL (text between the up marker, or the file start, and the down marker or the file end)
 * @param upLine file line on which {@code up} starts
 * @param down the downgrade SQL, {@code ""} for an empty down part, {@code null} when the file has no down marker
 * @param downLine file line on which {@code down} starts, 0 without a down part
 * @param noTransaction whether the migration (up and down) runs outside a transaction
 */
record ScriptSections(String up, int upLine, @Nullable String down, int downLine, boolean noTransaction) {

    private static final String KNOWN = "-- migrate:up, -- migrate:down, -- migrate:no-transaction, and the option"
            + " transaction:false after up or down";

    /** Splits {@code content} (the whole file) into its parts; a UTF-8 byte order mark is dropped. */
    static ScriptSections parse(String content, String scriptName) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (!text.contains("migrate:")) {
            // No marker can be there: the whole file is the upgrade. Most files (every Flyway file) take this path,
            // which keeps a start with nothing to do from lexing every migration just to checksum it.
            return new ScriptSections(text, 1, null, 0, false);
        }
        return new Parser(text, scriptName).parse();
    }

    /** One pass over the file that skips the same tokens as {@link SqlSplitter}, so markers inside them are text. */
    private static final class Parser {

        private final String text;

        private final String script;

        private final int n;

        private int upMarkerLine;

        private int upStart;

        private int upLine = 1;

        private int downMarkerLine;

        private int downMarkerStart = -1;

        private int downStart;

        private boolean noTransaction;

        /** Line of the first SQL token, to reject SQL above {@code -- migrate:up}. */
        private int firstSqlLine;

        private int firstSqlPos;

        Parser(String text, String script) {
            this.text = text;
            this.script = script;
            this.n = text.length();
        }

        ScriptSections parse() {
            int pos = 0;
            int line = 1;
            boolean lineStart = true;
            while (pos < n) {
                char c = text.charAt(pos);
                char next = (pos + 1 < n) ? text.charAt(pos + 1) : 0;
                if (c == '\n' || c == '\r') {
                    line++;
                    pos += (c == '\r' && next == '\n') ? 2 : 1;
                    lineStart = true;
                    continue;
                }
                if (c == '-' && next == '-') {
                    int eol = SqlLexing.lineCommentEnd(text, pos);
                    if (lineStart) {
                        directive(text.substring(pos, eol), line, pos, afterBreak(eol));
                    }
                    pos = eol;
                } else if (SqlLexing.isWhitespace(c)) {
                    pos++;
                } else {
                    int end = (c == '/' && next == '*') ? SqlLexing.blockCommentEnd(text, pos) : token(pos, c);
                    if (end < 0) {
                        break; // unterminated: the rest is text; SqlSplitter reports it with its line
                    }
                    if (c != '/' || next != '*') {
                        noteSql(line, pos);
                    }
                    line += SqlLexing.lineBreaks(text, pos, end);
                    pos = end;
                }
                lineStart = false;
            }
            int upEnd = (downMarkerStart >= 0) ? downMarkerStart : n;
            @Nullable String down = (downMarkerStart >= 0) ? text.substring(downStart) : null;
            return new ScriptSections(
                    text.substring(upStart, upEnd),
                    upLine,
                    down,
                    (down != null) ? downMarkerLine + 1 : 0,
                    noTransaction);
        }

        /** End of the SQL token at {@code pos}, or -1 when unterminated. */
        private int token(int pos, char c) {
            if (c == '\'' || c == '"') {
                return SqlLexing.quotedEnd(text, pos, c);
            }
            if (c == '$') {
                int tagEnd = SqlLexing.dollarTagEnd(text, pos);
                return (tagEnd < 0) ? pos + 1 : SqlLexing.dollarBodyEnd(text, tagEnd, text.substring(pos, tagEnd));
            }
            if (SqlLexing.isIdentStart(c)) {
                int end = SqlLexing.wordEnd(text, pos);
                boolean escape = end == pos + 1 && (c == 'E' || c == 'e') && end < n && text.charAt(end) == '\'';
                return escape ? SqlLexing.escapeStringEnd(text, end) : end;
            }
            return pos + 1;
        }

        private void noteSql(int line, int pos) {
            if (firstSqlLine == 0 && upMarkerLine == 0) {
                firstSqlLine = line;
                firstSqlPos = pos;
            }
        }

        private int afterBreak(int eol) {
            if (eol >= n) {
                return n;
            }
            return (text.charAt(eol) == '\r' && eol + 1 < n && text.charAt(eol + 1) == '\n') ? eol + 2 : eol + 1;
        }

        /** Handles a comment line at column 0; only {@code --[spaces]migrate:} lines are directives. */
        private void directive(String comment, int line, int lineStart, int nextLine) {
            int k = 2;
            while (k < comment.length() && (comment.charAt(k) == ' ' || comment.charAt(k) == '\t')) {
                k++;
            }
            if (!comment.startsWith("migrate:", k)) {
                return;
            }
            String[] parts =
                    comment.substring(k + "migrate:".length()).stripTrailing().split("[ \t]+");
            switch (parts[0]) {
                case "up" -> {
                    options(parts, comment, line);
                    if (upMarkerLine > 0 || downMarkerLine > 0) {
                        throw misplaced(line, comment, upMarkerLine > 0 ? upMarkerLine : downMarkerLine);
                    }
                    if (firstSqlLine > 0) {
                        throw error(
                                        "SQL at line " + firstSqlLine
                                                + " comes before the -- migrate:up marker at line " + line,
                                        firstSqlLine,
                                        text.substring(firstSqlPos, SqlLexing.lineEnd(text, firstSqlPos)))
                                .action("Move that SQL below -- migrate:up (only comments and blank lines may come"
                                        + " before it), or remove the marker.")
                                .build();
                    }
                    upMarkerLine = line;
                    upStart = nextLine;
                    upLine = line + 1;
                }
                case "down" -> {
                    options(parts, comment, line);
                    if (downMarkerLine > 0) {
                        throw misplaced(line, comment, downMarkerLine);
                    }
                    downMarkerLine = line;
                    downMarkerStart = lineStart;
                    downStart = nextLine;
                }
                case "no-transaction" -> {
                    if (parts.length > 1) {
                        throw unknown("option " + parts[1] + " of -- migrate:no-transaction", line, comment);
                    }
                    noTransaction = true;
                }
                default -> throw unknown("directive " + comment.strip(), line, comment);
            }
        }

        /** dbmate's options after up/down: transaction:false means no-transaction, transaction:true is the default. */
        private void options(String[] parts, String comment, int line) {
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].equals("transaction:false")) {
                    noTransaction = true;
                } else if (!parts[i].equals("transaction:true")) {
                    throw unknown("option " + parts[i] + " of -- migrate:" + parts[0], line, comment);
                }
            }
        }

        private MigrationException misplaced(int line, String comment, int earlierLine) {
            return error(
                            "Marker " + comment.strip() + " at line " + line + " comes after the marker at line "
                                    + earlierLine,
                            line,
                            comment)
                    .action("Use each marker once and in this order: -- migrate:up, its SQL, then -- migrate:down and"
                            + " its SQL.")
                    .build();
        }

        private MigrationException unknown(String what, int line, String comment) {
            return error("Unknown migration " + what + " at line " + line, line, comment)
                    .action("Use one of the known directives (" + KNOWN + "), or write the comment without"
                            + " \"migrate:\".")
                    .build();
        }

        private MigrationException.Builder error(String summary, int line, String statement) {
            return MigrationException.builder(ErrorCode.SQL_PARSE_ERROR, summary)
                    .script(script)
                    .line(line)
                    .statement(statement);
        }
    }
}
