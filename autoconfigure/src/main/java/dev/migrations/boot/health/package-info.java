/** Health indicator that reports whether the schema is fully migrated. */
@NullMarked
package dev.migrations.boot.health;

import org.jspecify.annotations.NullMarked;
