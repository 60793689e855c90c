package io.github.compactkit.ingest;

import com.google.common.hash.Hashing;

/** Content hashes used for provenance. */
public final class Hashes {
    private Hashes() {
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        return Hashing.sha256().hashBytes(bytes).toString();
    }
}
