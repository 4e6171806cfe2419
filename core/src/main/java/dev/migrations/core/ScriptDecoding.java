package dev.migrations.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a listed file's bytes into its text in one charset: malformed input is an error, never silently replaced,
 * and a leading byte order mark is dropped.
 *
 * <p>It exists so that reading and decoding (the configured encoding, a {@code .sql.conf} file's own one, the ASCII
 * fast path every start takes) is one small piece, apart from where the bytes come from.
 */
final class ScriptDecoding {

    private final Charset encoding;

    /** One decoder for all files of this charset; it reports malformed input instead of silently replacing it. */
    private final CharsetDecoder decoder;

    /** Whether ASCII bytes mean the same characters in this encoding (UTF-8, ISO-8859-1, US-ASCII). */
    private final boolean asciiCompatible;

    ScriptDecoding(Charset encoding) {
        this.encoding = encoding;
        this.asciiCompatible = encoding.equals(StandardCharsets.UTF_8)
                || encoding.equals(StandardCharsets.US_ASCII)
                || encoding.equals(StandardCharsets.ISO_8859_1);
        this.decoder = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    Charset encoding() {
        return encoding;
    }

    /**
     * Reads and decodes a file.
     *
     * @param location where the file is, for the errors
     * @throws MigrationException {@link ErrorCode#INVALID_LOCATION} when it cannot be read,
     *     {@link ErrorCode#INVALID_ENCODING} when it is not text in this charset
     */
    String read(String location, ListedFile.Content content) {
        byte[] bytes;
        try {
            bytes = content.read();
        } catch (IOException e) {
            throw MigrationException.builder(ErrorCode.INVALID_LOCATION, "Migration file could not be read")
                    .script(location)
                    .action("Check that the file is readable by the application.")
                    .cause(e)
                    .build();
        }
        return decode(location, bytes);
    }

    /** The text of a file's bytes; see {@link #read}. */
    String decode(String location, byte[] bytes) {
        if (asciiCompatible && isAscii(bytes)) {
            // Most migration files are plain ASCII: the same text, without the decoder's buffer round trip.
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_ENCODING, "Migration file is not valid " + encoding.name() + " text")
                    .script(location)
                    .action("Save the file as " + encoding.name()
                            + ", or configure the encoding the migration files are written in.")
                    .cause(e)
                    .build();
        }
        // Editors on Windows may start UTF-8 files with a byte order mark; it is not part of the SQL.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
