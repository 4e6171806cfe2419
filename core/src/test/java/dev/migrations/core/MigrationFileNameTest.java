package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The naming table on its own, without files: what each accepted name means, and which names are refused. */
class MigrationFileNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "V1__create_users.sql           | VERSIONED  | 1              | create users",
                "V1.2__add_index.sql            | VERSIONED  | 1.2            | add index",
                "V1_2__underscore_version.sql   | VERSIONED  | 1.2            | underscore version",
                "V20261124093000__stamp.sql     | VERSIONED  | 20261124093000 | stamp",
                "V01__leading_zero.sql          | VERSIONED  | 1              | leading zero",
                "V3__two__separators.sql        | VERSIONED  | 3              | two  separators",
                "V4__Mixed_Case.sql             | VERSIONED  | 4              | Mixed Case",
                "U1.2__drop_index.sql           | UNDO       | 1.2            | drop index",
                "R__views.sql                   | REPEATABLE | -              | views",
                "R__refresh_all_views.sql       | REPEATABLE | -              | refresh all views",
                "afterMigrate.sql               | CALLBACK   | -              | afterMigrate",
                "beforeEachMigrate__audit.sql   | CALLBACK   | -              | beforeEachMigrate__audit",
            })
    void readsWhatANameSays(String fileName, MigrationFileName.Kind kind, String version, String description) {
        MigrationFileName name = MigrationFileName.parse(fileName, "classpath:db/" + fileName);

        assertThat(name.kind()).isEqualTo(kind);
        assertThat(name.version()).isEqualTo((version != null) ? Version.parse(version) : null);
        assertThat(name.description()).isEqualTo(description);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "create_users.sql",
                "V1_create_users.sql",
                "v1__lower_case_prefix.sql",
                "u1__lower_case_undo.sql",
                "r__lower_case_repeatable.sql",
                "X1__unknown_prefix.sql",
                "R1__versioned_repeatable.sql",
                "V1__.sql",
                "U1__.sql",
                "R__.sql",
                "V__no_version.sql",
                "U__no_version.sql",
                "V1.sql",
            })
    void refusesANameThatIsNoMigrationName(String fileName) {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> MigrationFileName.parse(fileName, "classpath:db/" + fileName))
                .withMessageStartingWith(
                        "MIG-002 Migration file name does not follow the pattern V<version>__<description>.sql")
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_NAME))
                .satisfies(e -> assertThat(e.script()).isEqualTo("classpath:db/" + fileName));
    }

    @ParameterizedTest
    @ValueSource(strings = {"U1a__undo.sql", "V1..2__double_dot.sql", "V1-2__dash.sql"})
    void refusesAnInvalidVersionNamingIt(String fileName) {
        String version = fileName.substring(1, fileName.indexOf("__"));

        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> MigrationFileName.parse(fileName, "filesystem:/m/" + fileName))
                .withMessageStartingWith("MIG-002 Migration file name has an invalid version \"" + version + "\"")
                .withCauseInstanceOf(IllegalArgumentException.class);
    }
}
