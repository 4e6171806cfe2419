package dev.migrations.tooling;

import dev.migrations.core.Option;
import dev.migrations.core.OptionNames;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the engine's messages name options and commands on a surface that reads {@link Settings}: the surface's own flag
 * where it has one (the command line's {@code --schema}, the Maven plugin's {@code -Dmigrations.schema}), else the
 * {@code migrations.*} key that the project's application files or the environment set, and the surface's command for
 * each engine command ({@code migrations repair}, {@code mvn migrations:repair}).
 *
 * @since 0.1.0
 */
public final class SurfaceOptionNames implements OptionNames {

    private final Map<Option, String> flags;

    private final Map<Command, String> commands;

    /** Names with {@code flags} for the options that have one and {@code commands} for every command. */
    public SurfaceOptionNames(Map<Option, String> flags, Map<Command, String> commands) {
        this.flags = new EnumMap<>(Option.class);
        this.flags.putAll(flags);
        this.commands = new EnumMap<>(Command.class);
        this.commands.putAll(commands);
        for (Command command : Command.values()) {
            if (!this.commands.containsKey(command)) {
                throw new IllegalArgumentException("No name for the command " + command);
            }
        }
    }

    @Override
    public String option(Option option) {
        String flag = flags.get(option);
        return (flag != null) ? flag : "migrations." + option.kebabName();
    }

    @Override
    public String command(Command command) {
        // the constructor refused a map without every command
        return Objects.requireNonNull(commands.get(command));
    }
}
