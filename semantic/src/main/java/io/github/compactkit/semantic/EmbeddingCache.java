package io.github.compactkit.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One vector per distinct text, in memory, optionally kept in a file between runs: encoding is the
 * dear part of comparing by meaning (milliseconds per text), and corpora are compared again as they
 * grow. The file names its model; a file of another model, or unreadable, is ignored (and replaced
 * on save).
 */
final class EmbeddingCache {
    private static final int MAGIC = 0x434b4543; // "CKEC"
    private final String model;
    private final int dimension;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private volatile boolean changed;

    EmbeddingCache(String model, int dimension) {
        this.model = model;
        this.dimension = dimension;
    }

    float[] get(String text) {
        return vectors.get(text);
    }

    void put(String text, float[] vector) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("expected " + dimension + " dimensions, got " + vector.length);
        }
        if (vectors.putIfAbsent(text, vector) == null) {
            changed = true;
        }
    }

    int size() {
        return vectors.size();
    }

    /**
     * Reads the vectors a file holds; returns whether it was read (false: missing, of another model
     * or damaged, and then nothing is taken from it).
     */
    boolean load(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Map<String, float[]> read = new java.util.HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(model) || in.readInt() != dimension) {
                return false;
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String text = in.readUTF();
                float[] v = new float[dimension];
                for (int k = 0; k < dimension; k++) {
                    v[k] = in.readFloat();
                }
                read.put(text, v);
            }
        } catch (IOException e) {
            // truncated (EOF), garbled text or unreadable: start without it
            return false;
        }
        vectors.putAll(read);
        return true;
    }

    /** Writes every vector to {@code file} (through a temporary file, so a reader never sees half of it) when any was added. */
    void save(Path file) throws IOException {
        if (!changed && Files.isRegularFile(file)) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
            out.writeInt(MAGIC);
            out.writeUTF(model);
            out.writeInt(dimension);
            // writeUTF takes at most 65,535 bytes: longer texts are kept in memory only
            Map<String, float[]> kept = new java.util.LinkedHashMap<>();
            vectors.forEach((text, v) -> {
                if (text.length() * 3 < 65_535) {
                    kept.put(text, v);
                }
            });
            out.writeInt(kept.size());
            for (Map.Entry<String, float[]> e : kept.entrySet()) {
                out.writeUTF(e.getKey());
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        changed = false;
    }
}
