package io.github.compactkit.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a plain-text file into a string: UTF-8 (with or without BOM), UTF-16 with BOM,
 * and Windows-1252 for the legacy files that are not valid UTF-8 (curly quotes, £).
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** The decoded text, or empty when the bytes look binary (NULs or many control characters). */
    public static Optional<String> decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return checked(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return checked(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return checked(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        }
        if (looksBinary(bytes)) {
            return Optional.empty();
        }
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return checked(utf8);
        } catch (CharacterCodingException notUtf8) {
            return checked(new String(bytes, WINDOWS_1252));
        }
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    private static Optional<String> checked(String text) {
        int n = Math.min(text.length(), 8192);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0 || c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                bad++;
            }
        }
        return n > 0 && bad * 20 > n ? Optional.empty() : Optional.of(text);
    }
}
