package io.github.compactkit.hardening;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.compactkit.CompactParseException;
import io.github.compactkit.Compacts;
import io.github.compactkit.ParseFailure;
import io.github.compactkit.model.Compact;
import java.time.Duration;
import java.util.Set;

/**
 * The contract every hardening test checks: a parse ends within a time limit with either a
 * {@link Compact} (which also serialises to JSON) or a {@link CompactParseException} of an
 * allowed {@link ParseFailure}. Anything else — an unchecked exception, an error, a hang — fails.
 */
final class Outcomes {
    /** A parse that may fail with a typed exception. */
    @FunctionalInterface
    interface Parse {
        Compact run() throws CompactParseException;
    }

    private Outcomes() {
    }

    /**
     * Runs {@code parse} on its own thread with a hard time limit. A {@link ParseFailure#CORRUPT}
     * caused by an unchecked exception is the parser's own safety net catching a bug, so it fails
     * the test too unless CORRUPT is in {@code allowed}.
     */
    static Compact parseWithin(Duration limit, Set<ParseFailure> allowed, Parse parse) {
        return assertTimeoutPreemptively(limit, () -> {
            Compact compact;
            try {
                compact = parse.run();
            } catch (CompactParseException e) {
                boolean bug = e.reason() == ParseFailure.CORRUPT && e.getCause() instanceof RuntimeException;
                if (!allowed.contains(e.reason()) || (bug && !allowed.contains(ParseFailure.CORRUPT))) {
                    fail("unexpected failure " + e.reason() + ": " + e.getMessage(), e);
                }
                return null;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                return fail("untyped " + e + " escaped the API", e);
            }
            assertNotNull(compact, "a parse returned null");
            assertNotNull(Compacts.toJson(compact), "no JSON");
            return compact;
        }, () -> "parse did not finish within " + limit);
    }
}
