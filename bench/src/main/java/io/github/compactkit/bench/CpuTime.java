package io.github.compactkit.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds used so far by this JVM plus its finished child processes (tesseract), which a shared
 * machine's load does not inflate the way it inflates wall time. Children are read from Linux's
 * {@code /proc/self/stat} (cutime + cstime of reaped children); elsewhere only the JVM is counted.
 */
final class CpuTime {
    private CpuTime() {
    }

    static double withChildren() {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        return jvm + children();
    }

    private static double children() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Fields after the command name in parentheses: cutime and cstime are fields 16 and 17.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return ticks / 100.0; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
