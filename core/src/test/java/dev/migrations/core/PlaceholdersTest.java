package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private static final String SCRIPT = "V3__placeholders.sql";

    @Test
    void returnsTheSameInstanceWithoutPlaceholders() {
        String sql = "SELECT '$' || $$ { } $$;";
        assertThat(Placeholders.replace(sql, Map.of("a", "b"), SCRIPT, 1)).isSameAs(sql);
    }

    @Test
    void replacesEveryPlaceholderEverywhere() {
        Map<String, String> values =
                Map.of("schema", "app", "db.user-name:x_1", "alice", "nested", "${schema}", "émoji", "ok");
        assertThat(Placeholders.replace(
                        "CREATE TABLE ${schema}.t (id int); -- ${schema}\nGRANT ALL ON ${schema}.t TO"
                                + " \"${db.user-name:x_1}\"; SELECT '${nested}', '${émoji}'",
                        values,
                        SCRIPT,
                        1))
                .isEqualTo("CREATE TABLE app.t (id int); -- app\nGRANT ALL ON app.t TO \"alice\"; SELECT '${schema}',"
                        + " 'ok'");
    }

    @Test
    void doubleDollarEscapesAPlaceholder() {
        assertThat(Placeholders.replace(
                        "SELECT '$${schema}', '$${unknown}', '${schema}'", Map.of("schema", "app"), SCRIPT, 1))
                .isEqualTo("SELECT '${schema}', '${unknown}', 'app'");
    }

    @Test
    void leavesTextThatIsNoPlaceholderAsWritten() {
        String sql = "SELECT '${', '${}', '${a b}', 'x${a'";
        assertThat(Placeholders.replace(sql, Map.of(), SCRIPT, 1)).isEqualTo(sql);
    }

    @Test
    void rejectsAnUnresolvedPlaceholderNamingTheFileLineAndKnownNames() {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> Placeholders.replace(
                        "SELECT 1;\r\nCREATE TABLE ${schema}.t (id int);\r\n",
                        Map.of("tablespace", "x", "owner", "y"),
                        SCRIPT,
                        10))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.UNRESOLVED_PLACEHOLDER))
                .withMessage("MIG-022 Placeholder ${schema} at line 11 has no value (known placeholders: owner,"
                        + " tablespace)\n"
                        + "  Script:      V3__placeholders.sql, line 11\n"
                        + "  Statement:   CREATE TABLE ${schema}.t (id int);\n"
                        + "  Action:      Set placeholders.schema (or remove the placeholder); unresolved"
                        + " placeholders are never sent to the database.");
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> Placeholders.replace("${a}", Map.of(), SCRIPT, 1))
                .satisfies(e -> assertThat(e.summary())
                        .isEqualTo("Placeholder ${a} at line 1 has no value (known placeholders: none)"));
    }
}
