/** Benchmark harness. */
@NullMarked
package dev.migrations.benchmarks.boot;

import org.jspecify.annotations.NullMarked;
