package dev.migrations.maven;

import dev.migrations.core.ErrorCode;
import dev.migrations.core.MigrationException;
import dev.migrations.core.Secrets;
import dev.migrations.schema.Autogenerate;
import dev.migrations.schema.AutogenerateException;
import dev.migrations.schema.DesiredSchema;
import dev.migrations.schema.EntitySchema;
import dev.migrations.tooling.Settings;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * Base of {@code migrations:diff} and {@code migrations:check}: the desired schema is the project's compiled JPA
 * entities (its output directory and runtime class path in one class loader; Hibernate is the plugin's), a schema
 * file ({@code fromSchema}) or another database ({@code fromUrl}). The scratch databases live on the configured
 * database's server; the configured database itself is not changed.
 */
abstract class AbstractAutogenerateMojo extends AbstractMigrationsMojo {

    /**
     * Hibernate logs through java.util.logging here, which Maven prints as is: only its warnings belong in a build's
     * output, not its version and connection banner. Held so that the level is not lost with a collected logger.
     */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    /** The project's compiled classes, where the entities are found. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    File outputDirectory;

    /** The project's output directory and the jars it runs with: what the entities refer to. */
    @Parameter(defaultValue = "${project.runtimeClasspathElements}", readonly = true, required = true)
    List<String> classpathElements;

    /** Packages whose {@code @Entity} classes are compared (default: every entity of the output directory). */
    @Parameter(property = "migrations.entityPackages")
    @Nullable
    List<String> entityPackages;

    /** A SQL schema file or folder to compare with, instead of the entities. */
    @Parameter(property = "migrations.fromSchema")
    @Nullable
    File fromSchema;

    /** Another database (JDBC URL) to compare with, instead of the entities: a drift report. */
    @Parameter(property = "migrations.fromUrl")
    @Nullable
    String fromUrl;

    /** User for {@code fromUrl}. */
    @Parameter(property = "migrations.fromUser")
    @Nullable
    String fromUser;

    /** Password for {@code fromUrl}; prefer it in the environment of the build. */
    @Parameter(property = "migrations.fromPassword")
    @Nullable
    String fromPassword;

    @Override
    final void run(Settings settings) throws MojoExecutionException, MojoFailureException {
        checkOneDesiredSchema(fromSchema, fromUrl);
        HIBERNATE_LOG.setLevel(Level.WARNING);
        Autogenerate autogenerate = settings.autogenerate(MavenNames.NAMES);
        try (URLClassLoader loader = projectClassLoader()) {
            run(settings, autogenerate, desired(loader));
        } catch (AutogenerateException ex) {
            throw new MojoFailureException(Secrets.maskUrl(String.valueOf(ex.getMessage())), ex);
        } catch (SQLException ex) {
            throw new MojoFailureException(Secrets.maskUrl(String.valueOf(ex.getMessage())), ex);
        } catch (IOException | IllegalArgumentException ex) {
            throw new MojoExecutionException(ex.getMessage(), ex);
        }
    }

    /**
     * Fails with {@link ErrorCode#INVALID_CONFIGURATION} when both {@code fromSchema} and {@code fromUrl} are given:
     * the desired schema comes from one source, and guessing which one was meant would compare with the wrong one.
     * The URL is not repeated (it may hold a password).
     */
    static void checkOneDesiredSchema(@Nullable File fromSchema, @Nullable String fromUrl) {
        if (fromSchema != null && fromUrl != null) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_CONFIGURATION,
                            "Both -Dmigrations.fromSchema (" + fromSchema + ") and -Dmigrations.fromUrl are given,"
                                    + " but the desired schema comes from one source.")
                    .action("Give either -Dmigrations.fromSchema (a SQL schema file or folder) or"
                            + " -Dmigrations.fromUrl (another database), or neither to compare with the project's"
                            + " entities.")
                    .build();
        }
    }

    /** Does the goal's work with the desired schema. */
    abstract void run(Settings settings, Autogenerate autogenerate, DesiredSchema desired)
            throws MojoExecutionException, MojoFailureException, SQLException, IOException;

    private DesiredSchema desired(ClassLoader loader) throws MojoExecutionException {
        if (fromSchema != null) {
            return DesiredSchema.sqlFiles(basedir.toPath().resolve(fromSchema.toPath()));
        }
        if (fromUrl != null) {
            return DesiredSchema.liveDatabase(fromUrl, fromUser, fromPassword);
        }
        if (!outputDirectory.isDirectory()) {
            throw new MojoExecutionException("No compiled classes in " + outputDirectory
                    + ": compile the project first (mvn compile migrations:" + goal() + ")");
        }
        EntitySchema entities = (entityPackages != null && !entityPackages.isEmpty())
                ? EntitySchema.scan(loader, entityPackages)
                : EntitySchema.scanClassPath(loader, List.of(outputDirectory.toPath()));
        getLog().info("Desired schema: " + entities.describe() + " of " + outputDirectory);
        return entities;
    }

    /**
     * The project's classes over the plugin's: parent first, so that the entities' {@code jakarta.persistence}
     * annotations are the ones the plugin's Hibernate reads.
     */
    private URLClassLoader projectClassLoader() throws MojoExecutionException {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(outputDirectory.toURI().toURL());
            for (String element : classpathElements) {
                Path path = Path.of(element);
                if (!path.equals(outputDirectory.toPath())) {
                    urls.add(path.toUri().toURL());
                }
            }
        } catch (MalformedURLException ex) {
            throw new MojoExecutionException(ex.getMessage(), ex);
        }
        return new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
    }

    /** The goal's name, for messages. */
    abstract String goal();
}
