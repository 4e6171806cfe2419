/** What the command line and the Maven plugin share: settings resolved as Spring Boot would, reports, backups. */
@NullMarked
package dev.migrations.tooling;

import org.jspecify.annotations.NullMarked;
