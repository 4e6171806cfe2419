/** The sample Spring Boot application. */
@NullMarked
package dev.migrations.sample;

import org.jspecify.annotations.NullMarked;
