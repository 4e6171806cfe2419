package dev.migrations.cli;

import dev.migrations.schema.Autogenerate;
import dev.migrations.schema.DiffOptions;
import dev.migrations.schema.Rename;
import dev.migrations.schema.SchemaMigration;
import dev.migrations.tooling.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code alembic revision --autogenerate -m NAME}: writes the next migration from the difference between what the
 * migrations build and the desired schema, or says "no changes" and writes nothing. The work is
 * {@link Autogenerate}'s.
 */
@Command(
        name = "diff",
        description = "Write the next migration V<n>__NAME.sql from the difference between what the migrations build"
                + " and the entities, a schema file or another database.")
final class DiffCommand extends AutogenerateCommand {

    @Parameters(paramLabel = "NAME", description = "What the migration does, for example add_nickname")
    @SuppressWarnings("NullAway.Init") // a required positional parameter: picocli sets it before call()
    List<String> name;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = "table.old=new or table.old_column=new_column")
    List<String> renames = new ArrayList<>();

    @Option(names = "--concurrently", description = "Create and drop indexes CONCURRENTLY (no transaction)")
    boolean concurrently;

    @Override
    int run(Settings settings, Autogenerate autogenerate) throws Exception {
        SchemaMigration migration = autogenerate
                .withOptions(new DiffOptions(concurrently))
                .diff(
                        desired.desired(settings),
                        renames.stream().map(Rename::parse).toList());
        if (migration.isEmpty()) {
            out().println("no changes");
            return ExitCode.OK;
        }
        List<Path> folders = settings.folders();
        if (folders.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "No file-system location to write the migration to: " + settings.locations());
        }
        Path file = autogenerate.write(migration, folders.get(0), String.join(" ", name));
        out().println(migration.summary());
        out().println(relative(settings, file));
        return ExitCode.OK;
    }
}
