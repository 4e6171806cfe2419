/** Benchmark harness. */
@NullMarked
package dev.migrations.benchmarks;

import org.jspecify.annotations.NullMarked;
