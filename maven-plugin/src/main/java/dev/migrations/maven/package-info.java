/** The Maven plugin's goals. */
@NullMarked
package dev.migrations.maven;

import org.jspecify.annotations.NullMarked;
