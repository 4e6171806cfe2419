package dev.migrations.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The points of a migrate run at which callbacks run: Flyway's migrate events, with Flyway's names and timing. A SQL
 * callback is a file named after its event ({@code afterMigrate.sql}, or {@code afterMigrate__grants.sql} when an
 * event has several, run in file name order) next to the migrations; a {@link MigrationCallback} is the Java form.
 *
 * @since 0.1.0
 */
public enum MigrationEvent {

    /** Before a migrate run applies anything, once the lock is held; also when nothing is pending. */
    BEFORE_MIGRATE("beforeMigrate"),

    /** Before each migration, in its transaction when it runs in one. */
    BEFORE_EACH_MIGRATE("beforeEachMigrate"),

    /** After each migration succeeded, in its transaction when it runs in one. */
    AFTER_EACH_MIGRATE("afterEachMigrate"),

    /** After a migration failed, once its transaction is rolled back. */
    AFTER_EACH_MIGRATE_ERROR("afterEachMigrateError"),

    /**
     * After the versioned migrations of every run: before its first repeatable migration, or at its end when no
     * repeatable migration runs (also when nothing was pending), as in Flyway.
     */
    AFTER_VERSIONED("afterVersioned"),

    /** Before the first repeatable migration of a run, right after {@link #AFTER_VERSIONED}. */
    BEFORE_REPEATABLES("beforeRepeatables"),

    /** After a run that applied at least one migration, before {@link #AFTER_MIGRATE}. */
    AFTER_MIGRATE_APPLIED("afterMigrateApplied"),

    /** After every successful migrate run, also when nothing was pending. */
    AFTER_MIGRATE("afterMigrate"),

    /** After a failed migrate run. */
    AFTER_MIGRATE_ERROR("afterMigrateError");

    private static final Map<String, MigrationEvent> BY_ID = Arrays.stream(values())
            .collect(Collectors.toMap((e) -> e.id.toLowerCase(Locale.ROOT), Function.identity()));

    private final String id;

    MigrationEvent(String id) {
        this.id = id;
    }

    /** Flyway's name of the event, which is also the SQL callback's file name without {@code .sql}. */
    public String id() {
        return id;
    }

    /** The event of that Flyway name (case ignored, as Flyway does), or {@code null}. */
    static @Nullable MigrationEvent byId(String id) {
        return BY_ID.get(id.toLowerCase(Locale.ROOT));
    }
}
