package dev.migrations.maven;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrations.core.ErrorCode;
import dev.migrations.core.MigrationException;
import java.io.File;
import org.junit.jupiter.api.Test;

/** {@code migrations:diff} and {@code migrations:check} compare with one desired schema at a time. */
class AbstractAutogenerateMojoTest {

    @Test
    void bothSourcesFailWithTheConfigurationCodeAndNeverPrintTheUrl() {
        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> AbstractAutogenerateMojo.checkOneDesiredSchema(
                        new File("db/schema.sql"), "jdbc:postgresql://prod/app?password=s3cret"))
                .satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.code())
                        .isEqualTo(ErrorCode.INVALID_CONFIGURATION))
                .withMessageStartingWith("MIG-070 Both -Dmigrations.fromSchema (db" + File.separator
                        + "schema.sql) and -Dmigrations.fromUrl are given, but the desired schema comes from one"
                        + " source.")
                .withMessageContaining("Give either -Dmigrations.fromSchema (a SQL schema file or folder) or"
                        + " -Dmigrations.fromUrl (another database), or neither to compare with the project's"
                        + " entities.")
                .withMessageNotContaining("s3cret");
    }

    @Test
    void oneSourceOrNoneIsFine() {
        assertThatCode(() -> AbstractAutogenerateMojo.checkOneDesiredSchema(new File("db/schema.sql"), null))
                .doesNotThrowAnyException();
        assertThatCode(() -> AbstractAutogenerateMojo.checkOneDesiredSchema(null, "jdbc:postgresql://other/app"))
                .doesNotThrowAnyException();
        assertThatCode(() -> AbstractAutogenerateMojo.checkOneDesiredSchema(null, null))
                .doesNotThrowAnyException();
    }
}
