package dev.migrations.test;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tests every project with migrations should have, as default methods: implement this interface in a test class
 * (with {@link MigrationsTest} to configure it) and they run. Override one to change it, or override it with
 * {@code @Test @Disabled("why")} to leave it out.
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

    /**
     * One test per migration: apply, undo, compare the schema with the one before (catalog snapshots), apply again.
     */
    @TestFactory
    @DisplayName("stairway: every migration up, down (schema as before), up")
    default Stream<DynamicTest> stairway(MigrationsKit kit) {
        return kit.stairway();
    }

    /** Applying and undoing every migration leaves the schema as it was, except what is declared with keep. */
    @Test
    @DisplayName("downgrade leaves no trace: all up then all down gives the schema from before")
    default void downgradeLeavesNoTrace(MigrationsKit kit) {
        kit.assertDowngradeLeavesNoTrace();
    }

    /**
     * The JPA entities need exactly the schema the migrations build (the autogenerate diff, printed on failure). Runs
     * when Hibernate is on the class path.
     */
    @Test
    @DisplayName("entities match migrations: the JPA entities need the schema the migrations build")
    default void entitiesMatchMigrations(MigrationsKit kit) {
        kit.assertEntitiesMatchMigrations();
    }

    /** The linter finds no error in the migrations not yet applied to the reference database. Opt-in (lint). */
    @Test
    @DisplayName("safety: the linter finds no error in the pending migrations")
    default void safety(MigrationsKit kit) {
        kit.assertSafe();
    }
}
