package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a location string means, without a class loader or a file system. */
class LocationTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "db/migrations                    | db/migrations                    | false | db/migrations",
                "classpath:db/migrations          | classpath:db/migrations          | false | db/migrations",
                "classpath:/db/migrations/        | classpath:/db/migrations/        | false | db/migrations",
                "'  classpath: db/migrations  '   | classpath: db/migrations         | false | db/migrations",
                "/db/migrations                   | /db/migrations                   | false | db/migrations",
                "filesystem:/opt/app/migrations/  | filesystem:/opt/app/migrations/  | true  | /opt/app/migrations/",
                "filesystem:migrations            | filesystem:migrations            | true  | migrations",
                "classpath:db/{vendor}/migrations | classpath:db/postgresql/migrations | false | db/postgresql/migrations",
            })
    void parsesPrefixAndFolder(String written, String text, boolean filesystem, String folder) {
        assertThat(Location.parse(written, "postgresql", OptionNames.ENGINE))
                .isEqualTo(new Location(text, filesystem, folder));
    }

    @Test
    void theVendorIsNeededOnlyWhenTheLocationUsesIt() {
        assertThat(Location.parse("db/migrations", null, OptionNames.ENGINE).folder())
                .isEqualTo("db/migrations");
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> Location.parse("db/{vendor}", " ", OptionNames.ENGINE))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "classpath:///                 | Migration location names no folder",
                "'filesystem:  '               | Migration location names no folder",
                "'  '                          | Migration location is empty",
                "s3:bucket/migrations          | Migration location has an unsupported prefix \"s3:\"",
                "https://example.com/db        | Migration location has an unsupported prefix \"https:\"",
            })
    void refusesALocationNamingWhy(String written, String summary) {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> Location.parse(written, "postgresql", OptionNames.ENGINE))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_LOCATION))
                .satisfies(e -> assertThat(e.summary()).isEqualTo(summary));
    }

    @Test
    void trimsSlashesOnBothSidesOnly() {
        assertThat(Location.trimSlashes("//db/migrations//")).isEqualTo("db/migrations");
        assertThat(Location.trimSlashes("///")).isEmpty();
        assertThat(Location.trimSlashes("db//migrations")).isEqualTo("db//migrations");
    }
}
