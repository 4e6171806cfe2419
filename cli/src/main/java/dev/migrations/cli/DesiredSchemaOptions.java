package dev.migrations.cli;

import dev.migrations.schema.DesiredSchema;
import dev.migrations.schema.EntitySchema;
import dev.migrations.tooling.Settings;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where {@code diff} and {@code check} take the desired schema from: exactly one of three sources. */
final class DesiredSchemaOptions {

    @ArgGroup(exclusive = true, multiplicity = "1")
    @SuppressWarnings(
            "NullAway.Init") // the group's multiplicity is 1: picocli refuses a command line without one of its options
    Source source;

    static final class Source {

        @Option(
                names = "--from-entities",
                paramLabel = "PACKAGE",
                arity = "0..1",
                fallbackValue = "",
                split = ",",
                description = "JPA entities of the compiled project (--classpath, default target/classes): those in"
                        + " these packages, or without packages every @Entity of the class folders")
        @Nullable
        List<String> entities;

        @Option(names = "--from-schema", paramLabel = "PATH", description = "A SQL schema file or folder")
        @Nullable
        Path schema;

        @Option(names = "--from-url", paramLabel = "JDBC_URL", description = "Another database, read as it is")
        @Nullable
        String url;
    }

    @Option(names = "--from-user", description = "User for --from-url")
    @Nullable
    String fromUser;

    @Option(names = "--from-password", description = "Password for --from-url (prefer it in the URL's environment)")
    @Nullable
    String fromPassword;

    @Option(
            names = {"--classpath", "--classes"},
            paramLabel = "PATH",
            split = ",",
            description = "Class folders and jars for --from-entities, separated by ',' or the path separator"
                    + " (default: target/classes of the project)")
    @Nullable
    List<String> classes;

    DesiredSchema desired(Settings settings) throws MalformedURLException {
        if (source.schema != null) {
            return DesiredSchema.sqlFiles(settings.projectDir().resolve(source.schema));
        }
        if (source.url != null) {
            return DesiredSchema.liveDatabase(source.url, fromUser, fromPassword);
        }
        List<URL> urls = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (String given : classes != null ? classes : List.of("target/classes")) {
            paths.addAll(List.of(given.split(File.pathSeparator)));
        }
        for (String given : paths) {
            Path path = settings.projectDir().resolve(given);
            if (Files.isDirectory(path)) {
                folders.add(path);
            } else if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("No class folder or jar " + path
                        + (classes == null ? ": compile the project first, or pass --classpath" : ""));
            }
            urls.add(path.toUri().toURL());
        }
        // parent first: the entities' jakarta.persistence annotations are the ones the bundled Hibernate reads
        ClassLoader loader =
                new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
        // the group's third option, set when the other two are not (empty: --from-entities without packages)
        List<String> entities = Objects.requireNonNullElse(source.entities, List.of());
        List<String> packages = entities.stream().filter(p -> !p.isBlank()).toList();
        // without packages, the class folders (the build's output) are searched, not the libraries' jars
        return packages.isEmpty() ? EntitySchema.scanClassPath(loader, folders) : EntitySchema.scan(loader, packages);
    }
}
