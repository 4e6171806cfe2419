/** Auto-configuration of migrations for Spring Boot. */
@NullMarked
package dev.migrations.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
