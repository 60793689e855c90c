/** Benchmarks (JMH), the synthetic corpus generator and the scale runs; not part of the library. */
package io.github.compactkit.bench;
