package io.github.compactkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RtfListLevelsTest {
    private static final String RTF = "{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\stylesheet{\\s1\\ilvl0\\ls9 Heading 1;}}"
            + "{\\*\\generator Writer;}"
            + "\\pard\\plain\\s1\\ilvl0\\outlinelevel0{\\listtext\\pard\\plain \\tab}\\ls1 {3.9 The Council Commits to:}"
            + "\\par \\pard\\plain{\\listtext\\pard\\plain  \\u8226\\'95\\tab}\\ilvl0\\ls2 {Encourage fair access to funding by:}"
            + "\\par \\pard\\plain{\\listtext\\pard\\plain  \\u8211\\'96\\tab}\\ilvl1\\ls2 {Clarity of funding aims \\'e9t\\'e9 and criteria}"
            + "\\par \\pard\\plain{\\listtext\\pard\\plain 1.\\tab}\\ilvl0\\ls3 {A numbered item}"
            + "\\par \\pard\\plain {A plain paragraph}"
            + "\\par \\pard\\plain{\\listtext\\pard\\plain \\'b7\\tab}\\ilvl0\\ls2 {Promote volunteering\\{s\\}}"
            + "\\par }";

    @Test
    void readsBulletedParagraphsWithTheirLevels() {
        List<RtfListLevels.Item> items = RtfListLevels.of(RTF.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of(
                new RtfListLevels.Item(RtfListLevels.signature("Encourage fair access to funding by:"), 0),
                new RtfListLevels.Item(RtfListLevels.signature("Clarity of funding aims été and criteria"), 1),
                new RtfListLevels.Item(RtfListLevels.signature("Promote volunteering{s}"), 0)), items);
    }

    @Test
    void neverThrowsOnDamagedInput() {
        Random random = new Random(5);
        byte[] bytes = RTF.getBytes(StandardCharsets.ISO_8859_1);
        for (int round = 0; round < 500; round++) {
            byte[] damaged = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            for (int k = 0; k < 5 && damaged.length > 0; k++) {
                damaged[random.nextInt(damaged.length)] = (byte) "{}\\'u-9 x".charAt(random.nextInt(9));
            }
            assertTrue(RtfListLevels.of(damaged).size() <= 10);
        }
    }
}
