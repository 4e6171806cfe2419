package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptSectionsTest {

    private static final String SCRIPT = "V2__sections.sql";

    private static ScriptSections parse(String content) {
        return ScriptSections.parse(content, SCRIPT);
    }

    @Test
    void aFileWithoutMarkersIsAllUp() {
        String content = "-- just a comment\nCREATE TABLE t (id int);\n";
        assertThat(parse(content)).isEqualTo(new ScriptSections(content, 1, null, 0, false));
        assertThat(parse("")).isEqualTo(new ScriptSections("", 1, null, 0, false));
    }

    @Test
    void upAndDownMarkersSplitTheFileAndNameTheirLines() {
        String content = "-- header\n\n-- migrate:up\nCREATE TABLE t (id int);\n\n-- migrate:down\nDROP TABLE t;\n";
        ScriptSections sections = parse(content);
        assertThat(sections)
                .isEqualTo(new ScriptSections("CREATE TABLE t (id int);\n\n", 4, "DROP TABLE t;\n", 7, false));
        assertThat(SqlSplitter.split(sections.down(), SCRIPT, sections.downLine()))
                .containsExactly(new SqlStatement("DROP TABLE t", 7, false));
    }

    @Test
    void aDownMarkerWithoutUpMarkerSplitsOffTheDownPart() {
        assertThat(parse("SELECT 1;\n-- migrate:down\nSELECT 2;"))
                .isEqualTo(new ScriptSections("SELECT 1;\n", 1, "SELECT 2;", 3, false));
    }

    @Test
    void anEmptyDownPartIsEmptyNotAbsent() {
        assertThat(parse("-- migrate:up\nSELECT 1;\n-- migrate:down\n"))
                .isEqualTo(new ScriptSections("SELECT 1;\n", 2, "", 4, false));
        assertThat(parse("-- migrate:up\nSELECT 1;\n-- migrate:down"))
                .isEqualTo(new ScriptSections("SELECT 1;\n", 2, "", 4, false));
    }

    @Test
    void noTransactionMayComeBeforeOrAfterTheUpMarker() {
        assertThat(parse("-- migrate:no-transaction\n-- migrate:up\nSELECT 1;\n"))
                .isEqualTo(new ScriptSections("SELECT 1;\n", 3, null, 0, true));
        assertThat(parse("-- migrate:up\n--migrate:no-transaction\nSELECT 1;\n"))
                .isEqualTo(new ScriptSections("--migrate:no-transaction\nSELECT 1;\n", 2, null, 0, true));
        assertThat(parse("SELECT 1;\n-- migrate:down\n-- migrate:no-transaction\nSELECT 2;\n")
                        .noTransaction())
                .isTrue();
    }

    @Test
    void acceptsDbmateTransactionOptions() {
        assertThat(parse("-- migrate:up transaction:false\nSELECT 1;\n-- migrate:down\nSELECT 2;\n")
                        .noTransaction())
                .isTrue();
        assertThat(parse("-- migrate:up\nSELECT 1;\n-- migrate:down   transaction:false \nSELECT 2;\n")
                        .noTransaction())
                .isTrue();
        assertThat(parse("-- migrate:up transaction:true\nSELECT 1;\n").noTransaction())
                .isFalse();
    }

    @Test
    void markersCountOnlyAsWholeLinesAtColumnZeroOutsideQuotesAndComments() {
        String content = "-- migrate:up\n"
                + "  -- migrate:down\n"
                + "-- Migrate:down\n"
                + "-- note: migrate:down\n"
                + "CREATE FUNCTION f() RETURNS int AS $body$\n-- migrate:down\nSELECT 1;\n$body$ LANGUAGE sql;\n"
                + "/* a\n-- migrate:down\n*/\n"
                + "SELECT 'x\n-- migrate:no-transaction\n', E'\\'\n-- migrate:down\n', \"a\n-- migrate:down\n\";\n"
                + "SELECT 1 -- migrate:down\n;\n";
        assertThat(parse(content)).isEqualTo(new ScriptSections(content.substring(14), 2, null, 0, false));
    }

    @Test
    void stripsAByteOrderMarkAndKeepsCrlfLineNumbers() {
        assertThat(parse("\uFEFF-- migrate:up\r\nSELECT 1;\r\n\r\n-- migrate:down\r\nSELECT 2;\r\n"))
                .isEqualTo(new ScriptSections("SELECT 1;\r\n\r\n", 2, "SELECT 2;\r\n", 5, false));
        assertThat(parse("\uFEFFSELECT 1;")).isEqualTo(new ScriptSections("SELECT 1;", 1, null, 0, false));
        assertThat(parse("-- migrate:up\rSELECT 1;\r-- migrate:down\rSELECT 2;"))
                .isEqualTo(new ScriptSections("SELECT 1;\r", 2, "SELECT 2;", 4, false));
    }

    @Test
    void anUnterminatedQuoteLeavesTheRestAsTextForTheSplitterToReport() {
        ScriptSections sections = parse("-- migrate:up\nSELECT 'oops;\n-- migrate:down\nSELECT 2;\n");
        assertThat(sections.down()).isNull();
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> SqlSplitter.split(sections.up(), SCRIPT, sections.upLine()))
                .satisfies(e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void rejectsAnUnknownDirective() {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> parse("-- migrate:up\nSELECT 1;\n-- migrate:xyz\n"))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.SQL_PARSE_ERROR))
                .withMessage("MIG-020 Unknown migration directive -- migrate:xyz at line 3\n"
                        + "  Script:      V2__sections.sql, line 3\n"
                        + "  Statement:   -- migrate:xyz\n"
                        + "  Action:      Use one of the known directives (-- migrate:up, -- migrate:down,"
                        + " -- migrate:no-transaction, and the option transaction:false after up or down), or write"
                        + " the comment without \"migrate:\".");
        for (String line : List.of("-- migrate:", "-- migrate: up", "-- migrate:UP", "-- migrate:notransaction")) {
            assertThatExceptionOfType(MigrationException.class)
                    .isThrownBy(() -> parse(line + "\n"))
                    .satisfies(e -> assertThat(e.summary()).startsWith("Unknown migration directive"));
        }
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> parse("-- migrate:up transaction:no\nSELECT 1;\n"))
                .withMessage("MIG-020 Unknown migration option transaction:no of -- migrate:up at line 1\n"
                        + "  Script:      V2__sections.sql, line 1\n"
                        + "  Statement:   -- migrate:up transaction:no\n"
                        + "  Action:      Use one of the known directives (-- migrate:up, -- migrate:down,"
                        + " -- migrate:no-transaction, and the option transaction:false after up or down), or write"
                        + " the comment without \"migrate:\".");
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> parse("-- migrate:no-transaction please\n"))
                .satisfies(e -> assertThat(e.summary())
                        .isEqualTo("Unknown migration option please of -- migrate:no-transaction at line 1"));
    }

    @Test
    void rejectsSqlBeforeTheUpMarker() {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> parse("-- setup\nSET x = 1;\n/* c */\n-- migrate:up\nSELECT 1;\n"))
                .withMessage("MIG-020 SQL at line 2 comes before the -- migrate:up marker at line 4\n"
                        + "  Script:      V2__sections.sql, line 2\n"
                        + "  Statement:   SET x = 1;\n"
                        + "  Action:      Move that SQL below -- migrate:up (only comments and blank lines may come"
                        + " before it), or remove the marker.");
    }

    @Test
    void rejectsRepeatedOrMisorderedMarkers() {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> parse("-- migrate:down\nSELECT 2;\n-- migrate:up\nSELECT 1;\n"))
                .withMessage("MIG-020 Marker -- migrate:up at line 3 comes after the marker at line 1\n"
                        + "  Script:      V2__sections.sql, line 3\n"
                        + "  Statement:   -- migrate:up\n"
                        + "  Action:      Use each marker once and in this order: -- migrate:up, its SQL, then"
                        + " -- migrate:down and its SQL.");
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> parse("-- migrate:up\n-- migrate:up\n"))
                .satisfies(e -> assertThat(e.summary())
                        .isEqualTo("Marker -- migrate:up at line 2 comes after the marker at line 1"));
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> parse("SELECT 1;\n-- migrate:down\nSELECT 2;\n-- migrate:down\n"))
                .satisfies(e -> assertThat(e.summary())
                        .isEqualTo("Marker -- migrate:down at line 4 comes after the marker at line 2"));
    }
}
