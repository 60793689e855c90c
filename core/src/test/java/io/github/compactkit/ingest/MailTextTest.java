package io.github.compactkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.CompactParser;
import io.github.compactkit.ParseFailure;
import io.github.compactkit.model.Compact;
import io.github.compactkit.model.Party;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A compact saved as a plain-text e-mail is read as text; a message in MIME parts is refused with advice. */
class MailTextTest {
    private static final String HEADER = "From: Compact Officer <compact@example.org>\n"
            + "To: partners@example.org\n"
            + "Subject: The Example Compact (plain text)\n"
            + "Date: Tue, 14 Jul 2009 10:42:17 +0100\n";
    private static final String BODY = "\nTHE EXAMPLE COMPACT\n\nStatutory bodies will:\n\n"
            + "* allow a minimum of 12 weeks for formal consultations\n";
    private final CompactParser parser = CompactParser.builder().build();

    @Test
    void plainTextMailIsReadWithItsHeaderSetAside() throws CompactParseException {
        byte[] bytes = (HEADER + BODY).getBytes(StandardCharsets.UTF_8);
        assertEquals("message/rfc822", FormatDetector.detect(bytes, "compact.txt"));
        Compact compact = parser.parse(bytes, "compact.txt");
        assertEquals(1, compact.undertakings().size());
        assertEquals(Party.STATUTORY, compact.undertakings().get(0).party());
        assertTrue(compact.warnings().stream().anyMatch(w -> w.contains("e-mail") && w.contains("4 lines")), compact.warnings().toString());
        assertTrue(compact.undertakings().get(0).span().startLine() > 4, "the body keeps its line numbers");
    }

    @Test
    void mailInMimePartsIsRefusedWithAdvice() {
        byte[] bytes = (HEADER + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n" + BODY)
                .getBytes(StandardCharsets.UTF_8);
        CompactParseException e = assertThrows(CompactParseException.class, () -> parser.parse(bytes, "mail.eml"));
        assertEquals(ParseFailure.UNSUPPORTED_FORMAT, e.reason());
        assertTrue(e.getMessage().contains("save the attachment"), e.getMessage());
    }
}
