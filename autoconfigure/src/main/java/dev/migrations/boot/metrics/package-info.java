/** Micrometer meters and observations for migration runs. */
@NullMarked
package dev.migrations.boot.metrics;

import org.jspecify.annotations.NullMarked;
