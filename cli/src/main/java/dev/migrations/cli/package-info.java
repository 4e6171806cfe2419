/** The {@code migrations} command line. */
@NullMarked
package dev.migrations.cli;

import org.jspecify.annotations.NullMarked;
