package dev.migrations.core;

/**
 * Whether a migration was applied or undone.
 *
 * @since 0.1.0
 */
public enum Direction {
    UP,
    DOWN
}
