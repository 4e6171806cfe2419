/** Actuator endpoint that reports and runs migrations. */
@NullMarked
package dev.migrations.boot.actuate;

import org.jspecify.annotations.NullMarked;
