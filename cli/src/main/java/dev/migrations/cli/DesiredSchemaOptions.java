package dev.migrations.cli;

import dev.migrations.schema.DesiredSchema;
import dev.migrations.schema.EntitySchema;
import dev.migrations.tooling.Settings;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where {@code diff} and {@code check} take the desired schema from: exactly one of three sources. */
final class DesiredSchemaOptions {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {

        @Option(
                names = "--from-entities",
                paramLabel = "PACKAGE",
                split = ",",
                description = "JPA entities in these packages of the compiled project (target/classes)")
        List<String> entities;

        @Option(names = "--from-schema", paramLabel = "PATH", description = "A SQL schema file or folder")
        Path schema;

        @Option(names = "--from-url", paramLabel = "JDBC_URL", description = "Another database, read as it is")
        String url;
    }

    @Option(names = "--from-user", description = "User for --from-url")
    String fromUser;

    @Option(names = "--from-password", description = "Password for --from-url (prefer it in the URL's environment)")
    String fromPassword;

    @Option(
            names = "--classes",
            paramLabel = "DIR",
            split = ",",
            description = "Compiled classes for --from-entities (default: target/classes of the project)")
    List<Path> classes;

    DesiredSchema desired(Settings settings) throws MalformedURLException {
        if (source.schema != null) {
            return DesiredSchema.sqlFiles(settings.projectDir().resolve(source.schema));
        }
        if (source.url != null) {
            return DesiredSchema.liveDatabase(source.url, fromUser, fromPassword);
        }
        List<URL> urls = new ArrayList<>();
        List<Path> dirs =
                classes != null ? classes : List.of(settings.projectDir().resolve("target/classes"));
        for (Path dir : dirs) {
            if (Files.isDirectory(dir)) {
                urls.add(dir.toUri().toURL());
            }
        }
        ClassLoader loader =
                new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
        return EntitySchema.scan(loader, source.entities);
    }
}
