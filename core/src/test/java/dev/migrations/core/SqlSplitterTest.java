package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

    private static final String SCRIPT = "V1__test.sql";

    private static List<SqlStatement> split(String sql) {
        return SqlSplitter.split(sql, SCRIPT, 1);
    }

    private static List<String> sqls(String sql) {
        return split(sql).stream().map(SqlStatement::sql).toList();
    }

    private static List<Integer> lines(String sql) {
        return split(sql).stream().map(SqlStatement::line).toList();
    }

    @Test
    void splitsOnSemicolonsAndKeepsALastStatementWithoutOne() {
        assertThat(split("CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\nSELECT 1"))
                .containsExactly(
                        new SqlStatement("CREATE TABLE t (id int)", 1, false),
                        new SqlStatement("INSERT INTO t VALUES (1)", 2, false),
                        new SqlStatement("SELECT 1", 3, false));
    }

    @Test
    void emptyWhitespaceAndCommentOnlyInputsYieldNoStatements() {
        assertThat(split("")).isEmpty();
        assertThat(split(" \n\t\r\n")).isEmpty();
        assertThat(split("-- nothing here; really\n/* nor; here */\n")).isEmpty();
        assertThat(split(";;\n ; -- x\n;")).isEmpty();
    }

    @Test
    void dropsSurroundingCommentsButKeepsInnerOnes() {
        String sql = "-- header; with 'quote\n\n  /* lead */ SELECT /* inner; */ 1 -- tail\n  -- more\n;  -- after";
        assertThat(split(sql)).containsExactly(new SqlStatement("SELECT /* inner; */ 1", 3, false));
    }

    @Test
    void lineCommentsMayHoldSemicolonsAndQuotes() {
        assertThat(sqls("SELECT 1 -- it's; \"odd\" $$\n+ 2;\nSELECT 3"))
                .containsExactly("SELECT 1 -- it's; \"odd\" $$\n+ 2", "SELECT 3");
    }

    @Test
    void singleQuotedStringsDoubleTheirQuotesAndTreatBackslashAsText() {
        assertThat(sqls("SELECT 'a;''b--c';SELECT 'C:\\';SELECT 2"))
                .containsExactly("SELECT 'a;''b--c'", "SELECT 'C:\\'", "SELECT 2");
    }

    @Test
    void escapeStringsTreatBackslashAsEscape() {
        assertThat(sqls("SELECT E'it\\'s; here';SELECT e'\\\\';SELECT E'a''b;';SELECT 2"))
                .containsExactly("SELECT E'it\\'s; here'", "SELECT e'\\\\'", "SELECT E'a''b;'", "SELECT 2");
    }

    @Test
    void onlyALoneEBeforeAQuoteStartsAnEscapeString() {
        // "type'...'" is a typed literal: the backslash is text, so the string ends at the second quote
        assertThat(sqls("SELECT date'\\';SELECT 2")).containsExactly("SELECT date'\\'", "SELECT 2");
    }

    @Test
    void unicodeStringsAndIdentifiersAreQuoted() {
        assertThat(sqls("SELECT U&'d\\0061t;a' AS U&\"a;b\";SELECT 2"))
                .containsExactly("SELECT U&'d\\0061t;a' AS U&\"a;b\"", "SELECT 2");
    }

    @Test
    void quotedIdentifiersMayHoldSemicolonsDashesAndDoubledQuotes() {
        assertThat(sqls("CREATE TABLE \"a;--b\"\"c/*\" (id int);SELECT 2"))
                .containsExactly("CREATE TABLE \"a;--b\"\"c/*\" (id int)", "SELECT 2");
    }

    @Test
    void dollarQuotesWithAndWithoutTags() {
        String sql = "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n"
                + "CREATE FUNCTION g() RETURNS text AS $BODY$ SELECT $$;$$; -- $BODY \n$BODY$ LANGUAGE sql;\n"
                + "DO $fn_1$ BEGIN PERFORM 1; END $fn_1$;\n"
                + "SELECT $a$ $b$ ; $b$ $a$";
        assertThat(sqls(sql))
                .containsExactly(
                        "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql",
                        "CREATE FUNCTION g() RETURNS text AS $BODY$ SELECT $$;$$; -- $BODY \n$BODY$ LANGUAGE sql",
                        "DO $fn_1$ BEGIN PERFORM 1; END $fn_1$",
                        "SELECT $a$ $b$ ; $b$ $a$");
    }

    @Test
    void positionalParametersAndIdentifierDollarsAreNotDollarQuotes() {
        assertThat(sqls("PREPARE p(int) AS SELECT $1;SELECT a$b$ FROM t$x;SELECT $12 + $2;SELECT 4"))
                .containsExactly("PREPARE p(int) AS SELECT $1", "SELECT a$b$ FROM t$x", "SELECT $12 + $2", "SELECT 4");
    }

    @Test
    void aLoneDollarIsAnOrdinaryCharacter() {
        assertThat(sqls("SELECT 1 $ 2;SELECT 3")).containsExactly("SELECT 1 $ 2", "SELECT 3");
    }

    @Test
    void blockCommentsNest() {
        assertThat(split("/* a /* b; */ c; */ SELECT 1;/*/ still; a comment */SELECT /* x /* y */ ; */ 2"))
                .containsExactly(
                        new SqlStatement("SELECT 1", 1, false),
                        new SqlStatement("SELECT /* x /* y */ ; */ 2", 1, false));
    }

    @Test
    void beginAtomicBodiesAreNotSplit() {
        String sql = "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql\n"
                + "BEGIN ATOMIC\n"
                + "  SELECT CASE WHEN a > 0 THEN 1 ELSE 0 END;\n"
                + "  SELECT a;\n"
                + "END;\n"
                + "create or replace procedure p() language sql begin /* c */ atomic insert into t values (1); end;\n"
                + "SELECT 2";
        assertThat(split(sql))
                .containsExactly(
                        new SqlStatement(sql.substring(0, sql.indexOf("\nEND;") + 4), 1, false),
                        new SqlStatement(
                                "create or replace procedure p() language sql begin /* c */ atomic"
                                        + " insert into t values (1); end",
                                6,
                                false),
                        new SqlStatement("SELECT 2", 7, false));
    }

    @Test
    void beginAndEndOutsideRoutinesDoNotChangeSplitting() {
        assertThat(
                        sqls(
                                "BEGIN;CREATE TABLE atomic (x int);END;DO $$BEGIN NULL; END$$;SELECT CASE WHEN true THEN 1 END"))
                .containsExactly(
                        "BEGIN",
                        "CREATE TABLE atomic (x int)",
                        "END",
                        "DO $$BEGIN NULL; END$$",
                        "SELECT CASE WHEN true THEN 1 END");
    }

    @Test
    void semicolonsInsideParenthesesDoNotSplitAsInPsql() {
        assertThat(sqls("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2));"
                        + "SELECT 1"))
                .containsExactly(
                        "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))",
                        "SELECT 1");
    }

    @Test
    void numbersAreNotWords() {
        assertThat(sqls("SELECT 1e5, 0x1F, 1.5;SELECT 2")).containsExactly("SELECT 1e5, 0x1F, 1.5", "SELECT 2");
    }

    @Test
    void lineNumbersSurviveMultiLineStringsCommentsAndBodies() {
        String sql = "SELECT 'a\nb\nc';\n"
                + "/* one\ntwo */ SELECT \"x\ny\";\n"
                + "CREATE FUNCTION f() RETURNS void AS $$\nBEGIN\nEND\n$$ LANGUAGE plpgsql;\n"
                + "-- c\nSELECT E'\\\n';\n"
                + "\n\nSELECT 5";
        assertThat(lines(sql)).containsExactly(1, 5, 7, 12, 16);
    }

    @Test
    void crlfAndLoneCrLineEndingsCountOnce() {
        assertThat(lines("SELECT 1;\r\n\r\nSELECT 'a\r\nb';\r\n-- x\r\nSELECT 3"))
                .containsExactly(1, 3, 6);
        assertThat(lines("SELECT 1;\r\rSELECT 2;\rSELECT 3")).containsExactly(1, 3, 4);
        assertThat(sqls("SELECT 1 -- c\r\n;\r\nSELECT 2\r\n")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void ignoresALeadingByteOrderMark() {
        assertThat(split("\uFEFFCREATE INDEX CONCURRENTLY i ON t (a)"))
                .containsExactly(new SqlStatement("CREATE INDEX CONCURRENTLY i ON t (a)", 1, true));
    }

    @Test
    void firstLineOffsetsEveryLineNumber() {
        assertThat(SqlSplitter.split("\n\nSELECT 1;\nSELECT 2", SCRIPT, 40))
                .extracting(SqlStatement::line)
                .containsExactly(42, 43);
    }

    @Test
    void marksNonTransactionalStatementsByTheirLeadingKeywords() {
        assertThat(split("CREATE INDEX CONCURRENTLY i ON t (a);\n"
                        + "/* x */ create /* y */ unique index -- z\n concurrently j on t (b);\n"
                        + "SELECT 'CREATE INDEX CONCURRENTLY';\n"
                        + "CREATE FUNCTION f() RETURNS void AS $$ VACUUM $$ LANGUAGE sql;\n"
                        + "REFRESH MATERIALIZED VIEW CONCURRENTLY v"))
                .extracting(SqlStatement::nonTransactional)
                .containsExactly(true, true, false, false, false);
    }

    @Test
    void rejectsAnUnterminatedString() {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> split("SELECT 1;\nSELECT 'abc;\nSELECT 2;"))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.SQL_PARSE_ERROR))
                .withMessage("MIG-020 Unterminated quoted string opened at line 2\n"
                        + "  Script:      V1__test.sql, line 2\n"
                        + "  Statement:   SELECT 'abc; SELECT 2;\n"
                        + "  Action:      Close the quoted string with ' (write '' for a quote inside it) or remove"
                        + " the stray '.");
    }

    @Test
    void rejectsAnUnterminatedEscapeString() {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> split("SELECT\n  E'it\\';"))
                .withMessage("MIG-020 Unterminated escape string opened at line 2\n"
                        + "  Script:      V1__test.sql, line 2\n"
                        + "  Statement:   SELECT E'it\\';\n"
                        + "  Action:      Close the escape string with ' (inside E'...' a backslash escapes the next"
                        + " character, so \\' does not end it) or remove the stray E'.");
    }

    @Test
    void rejectsAnUnterminatedIdentifier() {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> split("SELECT \"a\"\"b;"))
                .withMessage("MIG-020 Unterminated quoted identifier opened at line 1\n"
                        + "  Script:      V1__test.sql, line 1\n"
                        + "  Statement:   SELECT \"a\"\"b;\n"
                        + "  Action:      Close the quoted identifier with \" (write \"\" for a quote inside it) or"
                        + " remove the stray \".");
    }

    @Test
    void rejectsAnUnterminatedDollarQuoteNamingItsTagAndLine() {
        String sql = "SELECT 1;\n".repeat(11) + "CREATE FUNCTION f() RETURNS int AS $BODY$\nSELECT 1;\n$BOD$;";
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> split(sql))
                .satisfies(e -> assertThat(e.line()).isEqualTo(12))
                .withMessage("MIG-020 Unterminated dollar-quoted string $BODY$ opened at line 12\n"
                        + "  Script:      V1__test.sql, line 12\n"
                        + "  Statement:   CREATE FUNCTION f() RETURNS int AS $BODY$ SELECT 1; $BOD$;\n"
                        + "  Action:      Close the $BODY$ quote or remove the stray $BODY$.");
    }

    @Test
    void rejectsAnUnterminatedNestedBlockComment() {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> split("SELECT 1;\r\n/* outer /* inner */\r\nSELECT 2;"))
                .withMessage("MIG-020 Unterminated block comment opened at line 2\n"
                        + "  Script:      V1__test.sql, line 2\n"
                        + "  Statement:   /* outer /* inner */ SELECT 2;\n"
                        + "  Action:      Close the block comment with */ (block comments nest: every /* needs its own"
                        + " */) or remove the stray /*.");
    }

    @Test
    void rejectsPsqlMetaCommands() {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> split("CREATE DATABASE other;\n\n\\connect other\nCREATE TABLE t (id int);"))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.PSQL_META_COMMAND))
                .withMessage("MIG-021 psql meta-command \\connect at line 3 is not SQL\n"
                        + "  Script:      V1__test.sql, line 3\n"
                        + "  Statement:   \\connect other\n"
                        + "  Action:      Migrations are sent over JDBC, not run by psql, so psql meta-commands do not"
                        + " work: write plain SQL instead (for example SET instead of \\set, the statements themselves"
                        + " instead of \\i), and migrate another database with a separate DataSource and migration"
                        + " location instead of \\connect.");
        for (String command : List.of("\\c db", "\\i other.sql", "\\set x 1", "\\copy t from 'f'", "\\.", "\\gset")) {
            assertThatExceptionOfType(MigrationException.class)
                    .isThrownBy(() -> split("SELECT 1;\n" + command + "\n"))
                    .satisfies(e -> assertThat(e.summary())
                            .isEqualTo("psql meta-command " + command.split(" ")[0] + " at line 2 is not SQL"));
        }
    }

    @Test
    void backslashesInsideQuotesAndCommentsAreNotMetaCommands() {
        assertThat(sqls("SELECT '\n\\connect x';\n-- \\c db\n/*\n\\i f */ SELECT $$\n\\set$$"))
                .containsExactly("SELECT '\n\\connect x'", "SELECT $$\n\\set$$");
    }

    @Test
    void rejectsEveryCopyThroughTheClientStream() {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> split("COPY t FROM STDOUT;"))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.PSQL_META_COMMAND))
                .satisfies(e -> assertThat(e.summary())
                        .isEqualTo("COPY ... FROM STDOUT at line 1 needs psql to send the inline data (PostgreSQL"
                                + " reads it as FROM STDIN)"));
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> split("SELECT 1;\nCOPY (SELECT a FROM t) TO stdout WITH (FORMAT csv);"))
                .satisfies(e -> assertThat(e.summary())
                        .isEqualTo("COPY ... TO STDOUT at line 2 needs psql to receive the rows"))
                .satisfies(e -> assertThat(e.statement()).isEqualTo("COPY (SELECT a FROM t) TO stdout"))
                .satisfies(e -> assertThat(e.action()).contains("INSERT ... SELECT"));
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> split("copy t to STDIN;"))
                .satisfies(e -> assertThat(e.summary())
                        .isEqualTo("COPY ... TO STDIN at line 1 needs psql to receive the rows (PostgreSQL reads it"
                                + " as TO STDOUT)"));
    }

    @Test
    void keepsCopiesThatTheServerDoesItself() {
        assertThat(sqls("COPY t TO '/tmp/t.csv';\nCOPY t FROM '/tmp/stdin.csv';\nCOPY t FROM PROGRAM 'cat stdout';"))
                .hasSize(3);
        assertThat(sqls("SELECT 1 AS stdout FROM t;")).hasSize(1);
    }

    @Test
    void rejectsCopyFromStdin() {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> split("SELECT 1;\ncopy t (a, b) -- inline data\n  FROM stdin;\n1\t2\n\\.\n"))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.PSQL_META_COMMAND))
                .withMessage("MIG-021 COPY ... FROM STDIN at line 2 needs psql to send the inline data\n"
                        + "  Script:      V1__test.sql, line 2\n"
                        + "  Statement:   copy t (a, b) -- inline data FROM stdin\n"
                        + "  Action:      Migrations are sent over JDBC, not run by psql, so inline COPY data cannot be"
                        + " sent: write the rows as INSERT statements, or COPY from a file on the database server.");
    }

    @Test
    void acceptsCopyFromAFileAndStdinAsATableName() {
        assertThat(sqls("COPY t FROM '/data/t.csv';COPY (SELECT * FROM stdin) TO '/tmp/x';SELECT 1 FROM stdin"))
                .hasSize(3);
    }
}
