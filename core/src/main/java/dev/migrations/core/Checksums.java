package dev.migrations.core;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Script checksums, compatible with Flyway's so that a history table written by Flyway validates unchanged. */
final class Checksums {

    private Checksums() {}

    /**
     * CRC32 over the UTF-8 bytes of each line without its terminator ({@code \n}, {@code \r\n} or {@code \r}),
     * the first line without a byte order mark: as Flyway computes it, so CRLF and LF checkouts of a file agree.
     */
    static int crc32(String text) {
        CRC32 crc = new CRC32();
        update(crc, text);
        return (int) crc.getValue();
    }

    /**
     * The checksum of {@code text}'s lines followed by {@code more}'s: a migration file and its undo file, so that
     * editing either is detected.
     */
    static int crc32(String text, String more) {
        CRC32 crc = new CRC32();
        update(crc, text);
        update(crc, more);
        return (int) crc.getValue();
    }

    private static void update(CRC32 crc, String text) {
        int n = text.length();
        int lineStart = (n > 0 && text.charAt(0) == '\uFEFF') ? 1 : 0;
        for (int i = lineStart; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i > lineStart) {
                    crc.update(text.substring(lineStart, i).getBytes(StandardCharsets.UTF_8));
                }
                lineStart = i + 1; // the \n of a \r\n then ends an empty line, which adds nothing
            }
        }
    }
}
