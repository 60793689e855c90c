package io.github.compactkit.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {
    @TempDir
    Path dir;

    @Test
    void keepsVectorsBetweenRuns() throws IOException {
        EmbeddingCache cache = new EmbeddingCache("m", 3);
        cache.put("consult early", new float[]{0.6f, 0.8f, 0f});
        Path file = dir.resolve("sub").resolve("vectors.bin");
        cache.save(file);
        EmbeddingCache again = new EmbeddingCache("m", 3);
        assertTrue(again.load(file));
        assertEquals(1, again.size());
        assertArrayEquals(new float[]{0.6f, 0.8f, 0f}, again.get("consult early"));
    }

    @Test
    void ignoresAnotherModelsFileAndADamagedOne() throws IOException {
        EmbeddingCache cache = new EmbeddingCache("m", 3);
        cache.put("a", new float[]{1f, 0f, 0f});
        Path file = dir.resolve("vectors.bin");
        cache.save(file);
        EmbeddingCache other = new EmbeddingCache("another model", 3);
        assertFalse(other.load(file));
        assertEquals(0, other.size());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));
        EmbeddingCache truncated = new EmbeddingCache("m", 3);
        assertFalse(truncated.load(file));
        assertNull(truncated.get("a"));
        assertFalse(new EmbeddingCache("m", 3).load(dir.resolve("missing.bin")));
    }

    @Test
    void refusesAVectorOfTheWrongSize() {
        EmbeddingCache cache = new EmbeddingCache("m", 3);
        assertThrows(IllegalArgumentException.class, () -> cache.put("a", new float[2]));
    }
}
