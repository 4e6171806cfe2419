package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bytes to text in one charset, without files. */
class ScriptDecodingTest {

    private static final String SQL = "SELECT 'café', 'Grüße';";

    @Test
    void decodesInItsCharsetOnlyTheTextItIs() {
        assertThat(new ScriptDecoding(StandardCharsets.UTF_8).decode("V1.sql", SQL.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(SQL);
        assertThat(new ScriptDecoding(StandardCharsets.ISO_8859_1)
                        .decode("V1.sql", SQL.getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo(SQL);
        // UTF-16 is not ASCII-compatible: plain ASCII text must still go through its decoder
        assertThat(new ScriptDecoding(StandardCharsets.UTF_16LE)
                        .decode("V1.sql", "SELECT 1;".getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo("SELECT 1;");
        Charset cp1252 = Charset.forName("windows-1252");
        assertThat(new ScriptDecoding(cp1252).decode("V1.sql", "SELECT '€';".getBytes(cp1252)))
                .isEqualTo("SELECT '€';");
    }

    @Test
    void dropsAByteOrderMarkOnlyAtTheStart() {
        String text = "\uFEFFSELECT 'é\uFEFF';";

        assertThat(new ScriptDecoding(StandardCharsets.UTF_8).decode("V1.sql", text.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("SELECT 'é\uFEFF';");
    }

    @Test
    void refusesMalformedInputInsteadOfReplacingIt() {
        byte[] latin1 = SQL.getBytes(StandardCharsets.ISO_8859_1);

        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> new ScriptDecoding(StandardCharsets.US_ASCII).decode("filesystem:/m/V1.sql", latin1))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ENCODING))
                .satisfies(e -> assertThat(e.summary()).isEqualTo("Migration file is not valid US-ASCII text"))
                .satisfies(e -> assertThat(e.script()).isEqualTo("filesystem:/m/V1.sql"));
    }

    @Test
    void aFileThatCannotBeReadIsALocationError() {
        ListedFile.Content broken = () -> {
            throw new IOException("Input/output error");
        };

        assertThatExceptionOfType(MigrationException.class)
                .isThrownBy(() -> new ScriptDecoding(StandardCharsets.UTF_8).read("filesystem:/m/V1.sql", broken))
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_LOCATION))
                .satisfies(e -> assertThat(e.summary()).isEqualTo("Migration file could not be read"))
                .withCauseInstanceOf(IOException.class);
    }
}
