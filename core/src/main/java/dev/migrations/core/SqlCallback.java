package dev.migrations.core;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A Flyway SQL callback found next to the migrations: a file named after the event it runs at, such as
 * {@code afterMigrate.sql} or {@code afterMigrate__grants.sql} (several per event run in file name order).
 *
 * @param event the event, or {@code null} for a Flyway event the engine does not run (see {@link #UNSUPPORTED})
 * @param location where the file is, as users should see it
 * @param name the file name, which orders callbacks of one event
 * @param content the full text of the file
 * @param config the settings of its {@code .sql.conf} file
 */
record SqlCallback(@Nullable MigrationEvent event, String location, String name, String content, ScriptConfig config) {

    /**
     * Flyway's events outside the migrate run (validate, info, clean, baseline, repair, undo, connect, per
     * statement): their files are recognized so that they are not mistaken for migrations, and reported as not run.
     */
    static final Set<String> UNSUPPORTED = Set.of(
            "beforeeachmigratestatement",
            "aftereachmigratestatement",
            "aftereachmigratestatementerror",
            "beforeclean",
            "afterclean",
            "aftercleanerror",
            "beforevalidate",
            "aftervalidate",
            "aftervalidateerror",
            "beforebaseline",
            "afterbaseline",
            "afterbaselineerror",
            "beforerepair",
            "afterrepair",
            "afterrepairerror",
            "beforeinfo",
            "afterinfo",
            "afterinfoerror",
            "beforeundo",
            "beforeeachundo",
            "aftereachundo",
            "aftereachundoerror",
            "afterundo",
            "afterundoerror",
            "createschema",
            "beforeconnect",
            "afterconnect");

    /** Whether a file name ({@code afterMigrate.sql}, {@code afterMigrate__grants.sql}) is a Flyway callback. */
    static boolean isCallback(String fileName) {
        String id = eventId(fileName);
        return MigrationEvent.byId(id) != null || UNSUPPORTED.contains(id.toLowerCase(Locale.ROOT));
    }

    /** The event of a callback file, or {@code null} for one the engine does not run. */
    static @Nullable MigrationEvent eventOf(String fileName) {
        return MigrationEvent.byId(eventId(fileName));
    }

    private static String eventId(String fileName) {
        String base = fileName.substring(0, fileName.length() - ".sql".length());
        int separator = base.indexOf("__");
        return (separator >= 0) ? base.substring(0, separator) : base;
    }

    /** The callbacks of one event, in file name order. */
    static List<SqlCallback> of(List<SqlCallback> callbacks, MigrationEvent event) {
        return callbacks.stream().filter((c) -> c.event() == event).toList();
    }
}
