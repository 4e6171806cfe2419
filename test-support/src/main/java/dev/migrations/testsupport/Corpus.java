package dev.migrations.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real-world migration sets committed with this module as test data ({@code corpus/<set>}, each with its NOTICE.md
 * naming source, commit and license), so that no test reads anything outside the repository.
 *
 * <p>In the reactor the resources are a folder and are used in place; from a jar they are copied once per JVM to a
 * temporary folder, because the tests hand the files to code that takes a {@link Path} on the default file system.
 */
public final class Corpus {

    private static final String ROOT = "corpus/";

    private Corpus() {}

    /** The crates.io set (285 migrations, MIT OR Apache-2.0): its folder holding {@code manifest.tsv}. */
    public static Path cratesIo() {
        return set("crates-io");
    }

    /** The folder of the named set, holding {@code manifest.tsv} and {@code NOTICE.md}. */
    public static synchronized Path set(String name) {
        URL manifest = Corpus.class.getClassLoader().getResource(ROOT + name + "/manifest.tsv");
        if (manifest == null) {
            throw new IllegalStateException("The corpus set '" + name + "' is not on the classpath (expected " + ROOT
                    + name + "/manifest.tsv in migrations-test-support)");
        }
        try {
            URI uri = manifest.toURI();
            if ("file".equals(uri.getScheme())) {
                return parent(Path.of(uri));
            }
            return extracted(uri, name);
        } catch (URISyntaxException ex) {
            throw new IllegalStateException("Unreadable corpus location " + manifest, ex);
        } catch (IOException ex) {
            throw new UncheckedIOException("Could not extract the corpus set '" + name + "'", ex);
        }
    }

    private static Path extracted(URI manifest, String name) throws IOException {
        Path target = Path.of(
                System.getProperty("java.io.tmpdir"),
                "migrations-corpus-" + ProcessHandle.current().pid(),
                name);
        if (Files.isRegularFile(target.resolve("manifest.tsv"))) {
            return target;
        }
        try (FileSystem jar = FileSystems.newFileSystem(manifest, Map.of())) {
            Path source = parent(jar.provider().getPath(manifest));
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
        }
        Path folder = parent(target);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder), "migrations-corpus-cleanup"));
        return target;
    }

    /** The folder of {@code file}, which has one: a manifest inside its set, a set inside the temporary folder. */
    private static Path parent(Path file) {
        Path parent = file.getParent();
        if (parent == null) {
            throw new IllegalStateException(file + " has no parent folder");
        }
        return parent;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException ex) {
            // a leftover temporary folder is harmless; the next JVM has another pid
        }
    }
}
