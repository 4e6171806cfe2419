package dev.migrations.cli;

import dev.migrations.schema.Autogenerate;
import dev.migrations.schema.SchemaComparison;
import dev.migrations.tooling.Settings;
import picocli.CommandLine.Command;

/** {@code alembic check}: exit 0 when what the migrations build equals the desired schema, else 1 with each difference. */
@Command(
        name = "check",
        description = "Exit 1, naming each difference, when what the migrations build differs from the entities, a"
                + " schema file or another database; 0 when equal.")
final class CheckCommand extends AutogenerateCommand {

    @Override
    int run(Settings settings, Autogenerate autogenerate) throws Exception {
        SchemaComparison comparison = autogenerate.check(desired.desired(settings));
        if (comparison.equal()) {
            out().println("no changes: the migrations build the desired schema");
            return ExitCode.OK;
        }
        out().println("The migrations do not build the desired schema: " + comparison.describe());
        out().println("Write the missing migration with: migrations diff NAME (same --from-... option)");
        return ExitCode.FAILED;
    }
}
