/**
 * The JUnit 5 migration test kit: {@link dev.migrations.test.MigrationsContract} and
 * {@link dev.migrations.test.MigrationsTest} for the tests every project should have (lineage, upgrade, stairway, no
 * trace, entities, safety), {@link dev.migrations.test.TestDatabase} for data tests, and
 * {@link dev.migrations.test.MigrationsKit} for the same checks without JUnit.
 */
@NullMarked
package dev.migrations.test;

import org.jspecify.annotations.NullMarked;
