package io.github.compactkit.limits;

/**
 * The time budget of the parse running on the current thread. Java cannot stop a thread from
 * outside, so each stage of the pipeline calls {@link #check()} at its natural steps (a page, an
 * XML element, a token, a block): past the deadline, or once the parse was abandoned or its thread
 * interrupted, the check throws {@link Exceeded} and the parse unwinds, so an abandoned parse stops
 * using the processor within one step instead of running on. Outside a timed parse a check is a
 * thread-local read and nothing more.
 */
public final class ParseDeadline {
    private static final ThreadLocal<ParseDeadline> CURRENT = new ThreadLocal<>();

    private final long deadlineNanos;
    private volatile boolean abandoned;

    private ParseDeadline(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /** A deadline {@code nanos} from now. */
    public static ParseDeadline after(long nanos) {
        return new ParseDeadline(System.nanoTime() + nanos);
    }

    /** Makes this the current thread's deadline until {@link #clear()}. */
    public void install() {
        CURRENT.set(this);
    }

    /** The current thread's deadline, or null outside a timed parse. */
    public static ParseDeadline current() {
        return CURRENT.get();
    }

    /** Removes the current thread's deadline. */
    public static void clear() {
        CURRENT.remove();
    }

    /** Asks the parse under this deadline to stop at its next check (from any thread). */
    public void abandon() {
        abandoned = true;
    }

    /** Whether this deadline has passed or its parse was abandoned. */
    public boolean expired() {
        return abandoned || System.nanoTime() - deadlineNanos > 0;
    }

    /** Throws {@link Exceeded} when the current thread's parse must stop. */
    public static void check() {
        ParseDeadline deadline = CURRENT.get();
        if (deadline != null && (deadline.expired() || Thread.currentThread().isInterrupted())) {
            throw new Exceeded();
        }
    }

    /** The parse ran out of time or was abandoned; caught by the parser and reported as a timeout. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            // No stack trace: it is control flow, thrown from deep loops, and always caught.
            super("parse deadline passed", null, false, false);
        }
    }
}
