package dev.migrations.core;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** TEMPORARY stand-in; replaced by the full implementation. */
final class Checksums {
    static int crc32(String text) {
        CRC32 crc = new CRC32();
        for (String line : text.split("\r\n|\r|\n")) {
            crc.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }
}
