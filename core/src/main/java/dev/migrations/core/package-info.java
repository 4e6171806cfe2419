/**
 * The Spring-free migration engine: sources, SQL parser, planner, history table, lock and dialects, driven through
 * {@link dev.migrations.core.Migrator}.
 */
@NullMarked
package dev.migrations.core;

import org.jspecify.annotations.NullMarked;
