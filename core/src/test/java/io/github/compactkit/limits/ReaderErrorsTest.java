package io.github.compactkit.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.CompactParser;
import io.github.compactkit.ParseFailure;
import io.github.compactkit.ingest.DocumentReader;
import io.github.compactkit.ingest.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A reader that exhausts the stack or the heap fails that file, typed and named; nothing escapes. */
class ReaderErrorsTest {
    /** A reader of plain text that fails the way a library can. */
    private record Failing(Supplier<Throwable> error) implements DocumentReader {
        @Override
        public boolean supports(String mediaType) {
            return mediaType.startsWith("text/plain");
        }

        @Override
        public SourceDocument read(byte[] bytes, String fileName, String mediaType) {
            Throwable t = error.get();
            if (t instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) t;
        }
    }

    private static CompactParseException failure(Supplier<Throwable> error) {
        CompactParser parser = CompactParser.builder().reader(new Failing(error)).build();
        return assertThrows(CompactParseException.class,
                () -> parser.parse("The Council will consult.".getBytes(StandardCharsets.UTF_8), "deep.txt"));
    }

    @Test
    void aStackOverflowIsTooComplex() {
        CompactParseException e = failure(StackOverflowError::new);
        assertEquals(ParseFailure.TOO_COMPLEX, e.reason());
        assertTrue(e.getMessage().startsWith("deep.txt: "), e.getMessage());
    }

    @Test
    void runningOutOfMemoryIsTooLarge() {
        CompactParseException e = failure(() -> new OutOfMemoryError("Java heap space"));
        assertEquals(ParseFailure.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().matches("deep\\.txt: .*more than the \\d+ MB of memory available\\)"), e.getMessage());
    }

    @Test
    void aBugIsCorruptWithoutItsMessage() {
        CompactParseException e = failure(() -> new IllegalStateException("secret internals at 0x7f"));
        assertEquals(ParseFailure.CORRUPT, e.reason());
        assertTrue(!e.getMessage().contains("secret") && !e.getMessage().contains("IllegalState"), e.getMessage());
    }
}
