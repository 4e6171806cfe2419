package dev.migrations.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/** What a downgrade undoes: a number of steps or everything above a version; shared by downgrade and sql downgrade. */
record DowngradeTarget(int steps, @Nullable String to) {

    static DowngradeTarget of(
            @Nullable Integer steps, @Nullable String to, @Nullable String alembic, CommandLine command) {
        int given = ((steps != null) ? 1 : 0) + ((to != null) ? 1 : 0) + ((alembic != null) ? 1 : 0);
        if (given > 1) {
            throw new CommandLine.ParameterException(command, "Give only one of --steps, --to or a target.");
        }
        if (alembic != null) {
            if (alembic.matches("-\\d+")) {
                return new DowngradeTarget(Integer.parseInt(alembic.substring(1)), null);
            }
            if (alembic.startsWith("-")) {
                throw new CommandLine.ParameterException(command, "Unknown option: '" + alembic + "'");
            }
            return new DowngradeTarget(0, alembic);
        }
        if (to != null) {
            return new DowngradeTarget(0, to);
        }
        if (steps != null && steps < 1) {
            throw new CommandLine.ParameterException(command, "--steps must be 1 or more, not " + steps + ".");
        }
        return new DowngradeTarget((steps != null) ? steps : 1, null);
    }
}
