package dev.migrations.maven;

import dev.migrations.schema.Autogenerate;
import dev.migrations.schema.DesiredSchema;
import dev.migrations.schema.SchemaComparison;
import dev.migrations.tooling.Settings;
import java.sql.SQLException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code alembic check} for the build: fails, naming each difference, when what the migrations build differs from the
 * project's entities (or {@code fromSchema}, {@code fromUrl}). Run it after {@code compile}.
 */
@Mojo(name = "check", requiresProject = true, threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CheckMojo extends AbstractAutogenerateMojo {

    @Override
    void run(Settings settings, Autogenerate autogenerate, DesiredSchema desired)
            throws MojoFailureException, SQLException {
        SchemaComparison comparison = autogenerate.check(desired);
        if (comparison.equal()) {
            getLog().info("no changes: the migrations build the desired schema");
            return;
        }
        String summary = "The migrations do not build the desired schema: " + comparison.describe();
        summary.lines().forEach(getLog()::error);
        throw new MojoFailureException(summary + "\nWrite the missing migration with: mvn migrations:diff -Dname=NAME");
    }

    @Override
    String goal() {
        return "check";
    }
}
