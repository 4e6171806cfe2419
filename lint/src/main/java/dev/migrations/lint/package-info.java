/**
 * The migration safety linter: rules over the engine's parsed statements ({@link dev.migrations.lint.Linter}, the
 * catalogue in {@link dev.migrations.lint.Rules}), lock tracing on a scratch PostgreSQL database
 * ({@link dev.migrations.lint.LockTracer}), ranking by a real database's table statistics
 * ({@link dev.migrations.lint.TableStats}), reports as text, JSON and SARIF ({@link dev.migrations.lint.Reports}), and
 * the startup check ({@link dev.migrations.lint.StartupLint}).
 */
@NullMarked
package dev.migrations.lint;

import org.jspecify.annotations.NullMarked;
