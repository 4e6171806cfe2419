package dev.migrations.test;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tests every project with migrations should have, as default methods: implement this interface in a test class
 * (with {@link MigrationsTest} to configure it) and they run. Override one to change it, or annotate the override with
 * {@code @Disabled} to leave it out.
 *
 * @since 0.1.0
 */
@ExtendWith(MigrationsExtension.class)
public interface MigrationsContract {

    /** Versions unique, names valid, every migration parses with its placeholders, history matches the reference. */
    @Test
    @DisplayName("lineage: versions unique, every migration parses, nothing changed below what is applied")
    default void lineage(MigrationsKit kit) {
        kit.assertLineage();
    }

    /** Every migration applies, from an empty database to the newest version. */
    @Test
    @DisplayName("upgrade: an empty database migrates to the newest version")
    default void upgrade(MigrationsKit kit) {
        kit.assertUpgrade();
    }
}
