/** The sample application's JPA entities. */
@NullMarked
package dev.migrations.sample.domain;

import org.jspecify.annotations.NullMarked;
