package io.github.compactkit.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs one JMH benchmark class from code; {@code -Dbench.quick=true} shortens it for a smoke run. */
final class Jmh {
    private Jmh() {
    }

    static Collection<RunResult> run(Class<?> benchmark, String... params) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder().include(benchmark.getName() + ".");
        for (int i = 0; i + 1 < params.length; i += 2) {
            options.param(params[i], params[i + 1].split(","));
        }
        if (Boolean.getBoolean("bench.quick")) {
            options.warmupIterations(1).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(2).measurementTime(TimeValue.seconds(1));
        }
        return new Runner(options.build()).run();
    }

    /** The score of one run, e.g. operations per second. */
    static double score(RunResult r) {
        return r.getPrimaryResult().getScore();
    }

    static double error(RunResult r) {
        double e = r.getPrimaryResult().getScoreError();
        return Double.isNaN(e) ? 0 : e;
    }

    static String param(RunResult r, String name) {
        return r.getParams().getParam(name);
    }
}
