package io.github.compactkit.bench;

import java.lang.management.ManagementFactory;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One line saying when and where a benchmark ran: date, JVM, cores, heap, load. */
final class Environment {
    private Environment() {
    }

    static String describe() {
        Runtime rt = Runtime.getRuntime();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "_%s; %s %s (%s); %d cores; max heap %d MB; load average %.1f_",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("os.arch"), rt.availableProcessors(), rt.maxMemory() / (1024 * 1024), load);
    }
}
