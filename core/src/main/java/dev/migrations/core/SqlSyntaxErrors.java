package dev.migrations.core;

/**
 * The errors {@link SqlSplitter} reports, kept apart so the splitter's hot path stays short. Each names the script
 * and line and says how to fix the file.
 */
final class SqlSyntaxErrors {

    private SqlSyntaxErrors() {}

    /**
     * A quote, identifier, dollar quote or block comment that is still open at the end of the text.
     *
     * @param what for example "quoted string" or "dollar-quoted string $BODY$"
     * @param delimiter the opening delimiter: {@code '}, {@code "}, {@code E'}, {@code /*} or a dollar tag
     */
    static MigrationException unterminated(
            String script, int openLine, String statement, String what, String delimiter) {
        String action;
        if (delimiter.startsWith("$")) {
            action = "Close the " + delimiter + " quote or remove the stray " + delimiter + ".";
        } else {
            String close = delimiter.equals("/*") ? "*/" : delimiter.equals("E'") ? "'" : delimiter;
            String hint = switch (delimiter) {
                case "'", "\"" -> " (write " + delimiter + delimiter + " for a quote inside it)";
                case "E'" -> " (inside E'...' a backslash escapes the next character, so \\' does not end it)";
                default -> " (block comments nest: every /* needs its own */)";
            };
            action = "Close the " + what + " with " + close + hint + " or remove the stray " + delimiter + ".";
        }
        return MigrationException.builder(
                        ErrorCode.SQL_PARSE_ERROR, "Unterminated " + what + " opened at line " + openLine)
                .script(script)
                .line(openLine)
                .statement(statement)
                .action(action)
                .build();
    }

    /** A psql backslash command, which only psql understands. */
    static MigrationException metaCommand(String script, int line, String command, String lineText) {
        return MigrationException.builder(
                        ErrorCode.PSQL_META_COMMAND,
                        "psql meta-command " + command + " at line " + line + " is not SQL")
                .script(script)
                .line(line)
                .statement(lineText)
                .action("Migrations are sent over JDBC, not run by psql, so psql meta-commands do not work: write plain"
                        + " SQL instead (for example SET instead of \\set, the statements themselves instead of \\i),"
                        + " and migrate another database with a separate DataSource and migration location instead of"
                        + " \\connect.")
                .build();
    }

    /**
     * COPY ... FROM STDIN or TO STDOUT (PostgreSQL reads FROM STDOUT and TO STDIN the same way): the data would travel
     * through the client's COPY protocol, which psql serves and a JDBC statement cannot.
     *
     * @param clause as written, upper case: {@code FROM STDIN}, {@code FROM STDOUT}, {@code TO STDOUT} or
     *     {@code TO STDIN}
     */
    static MigrationException copyClientSide(String script, int line, String statement, String clause) {
        boolean from = clause.startsWith("FROM");
        String summary = "COPY ... " + clause + " at line " + line
                + (from ? " needs psql to send the inline data" : " needs psql to receive the rows");
        if (clause.equals("FROM STDOUT") || clause.equals("TO STDIN")) {
            summary += " (PostgreSQL reads it as " + (from ? "FROM STDIN" : "TO STDOUT") + ")";
        }
        String action = from
                ? "Migrations are sent over JDBC, not run by psql, so inline COPY data cannot be sent: write the rows"
                        + " as INSERT statements, or COPY from a file on the database server."
                : "Migrations are sent over JDBC, not run by psql, so nothing receives the rows of COPY ... TO STDOUT:"
                        + " copy them within the database with INSERT ... SELECT or CREATE TABLE ... AS, or COPY to a"
                        + " file on the database server.";
        return MigrationException.builder(ErrorCode.PSQL_META_COMMAND, summary)
                .script(script)
                .line(line)
                .statement(statement)
                .action(action)
                .build();
    }
}
