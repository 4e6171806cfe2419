/** PostgreSQL servers, databases and corpora for the project's own tests. */
@NullMarked
package dev.migrations.testsupport;

import org.jspecify.annotations.NullMarked;
