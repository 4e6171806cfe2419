/**
 * PostgreSQL catalog snapshots ({@link dev.migrations.schema.SchemaSnapshot}), their comparison
 * ({@link dev.migrations.schema.SchemaComparison}) and the diff that writes the next migration between two of them.
 */
@NullMarked
package dev.migrations.schema;

import org.jspecify.annotations.NullMarked;
