package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class ChecksumsTest {

    private static int crc32Of(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Test
    void isTheCrc32OfTheLinesWithoutTerminators() {
        assertThat(Checksums.crc32("CREATE TABLE t (id int);\n")).isEqualTo(crc32Of("CREATE TABLE t (id int);"));
        assertThat(Checksums.crc32("SELECT 1;\nSELECT 2;")).isEqualTo(crc32Of("SELECT 1;SELECT 2;"));
        // the CRC-32 check value
        assertThat(Checksums.crc32("123456789")).isEqualTo(0xCBF43926);
        assertThat(Checksums.crc32("")).isZero();
    }

    @Test
    void crlfLfAndCrCheckoutsAgree() {
        int lf = Checksums.crc32("CREATE TABLE t (\n  id int\n);\n");
        assertThat(Checksums.crc32("CREATE TABLE t (\r\n  id int\r\n);\r\n")).isEqualTo(lf);
        assertThat(Checksums.crc32("CREATE TABLE t (\r  id int\r);\r")).isEqualTo(lf);
        assertThat(Checksums.crc32("CREATE TABLE t (\n  id int\n);")).isEqualTo(lf);
    }

    @Test
    void ignoresOnlyALeadingByteOrderMarkAndHashesUtf8() {
        assertThat(Checksums.crc32("\uFEFFSELECT 'é';\n")).isEqualTo(crc32Of("SELECT 'é';"));
        assertThat(Checksums.crc32("SELECT 1;\n\uFEFF")).isEqualTo(crc32Of("SELECT 1;\uFEFF"));
        assertThat(Checksums.crc32("SELECT 'é'")).isNotEqualTo(crc32Of("SELECT 'e'"));
    }
}
