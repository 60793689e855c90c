package io.github.compactkit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Two jobs timed against each other on one thread, alternately, in CPU time: load from other
 * processes on a shared machine slows both sides alike and drops out of the ratio, where two
 * wall-clock measurements taken minutes apart would not.
 */
final class InterleavedCpu {
    /** A job that may throw. */
    @FunctionalInterface
    interface Job {
        Object run() throws Exception;
    }

    private InterleavedCpu() {
    }

    /** Milliseconds of CPU per run of {@code a} and of {@code b}, after a warm-up of both. */
    static double[] measure(Job a, Job b, double seconds) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warmUntil = threads.getCurrentThreadCpuTime() + (long) (seconds * 1e9);
        while (threads.getCurrentThreadCpuTime() < warmUntil) {
            a.run();
            b.run();
        }
        long cpuA = 0;
        long cpuB = 0;
        int n = 0;
        while (cpuA + cpuB < seconds * 2e9) {
            long t0 = threads.getCurrentThreadCpuTime();
            a.run();
            long t1 = threads.getCurrentThreadCpuTime();
            b.run();
            long t2 = threads.getCurrentThreadCpuTime();
            cpuA += t1 - t0;
            cpuB += t2 - t1;
            n++;
        }
        return new double[] {cpuA / 1e6 / n, cpuB / 1e6 / n};
    }
}
