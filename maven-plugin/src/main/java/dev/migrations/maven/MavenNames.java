package dev.migrations.maven;

import dev.migrations.core.Option;
import dev.migrations.core.OptionNames;
import dev.migrations.core.OptionNames.Command;
import dev.migrations.tooling.SurfaceOptionNames;
import java.util.Map;

/**
 * How the engine's messages name options and commands in a Maven build: the user properties of
 * {@link AbstractMigrationsMojo}, the {@code migrations.*} keys of the project's application files for the rest, and
 * the goals.
 */
final class MavenNames {

    static final OptionNames NAMES = new SurfaceOptionNames(
            Map.of(
                    Option.URL, "-Dmigrations.url",
                    Option.LOCATIONS, "-Dmigrations.locations",
                    Option.SCHEMA, "-Dmigrations.schema",
                    Option.TABLE, "-Dmigrations.table"),
            Map.of(
                    Command.MIGRATE, "mvn migrations:migrate",
                    Command.VALIDATE, "mvn migrations:validate",
                    Command.BASELINE, "mvn migrations:baseline",
                    Command.REPAIR, "mvn migrations:repair"));

    private MavenNames() {}
}
