package dev.migrations.core;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Builds the folders and jars the scanner tests scan. */
final class ScannerTestFiles {

    private ScannerTestFiles() {}

    /** Writes a UTF-8 file, creating its folders. */
    static Path write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /**
     * Writes a jar with the given files (name to UTF-8 content). Folder entries are written too, as Maven and
     * Spring Boot do: {@link ClassLoader#getResources} finds a folder in a jar only through its entry.
     */
    static Path jar(Path file, Map<String, String> files) throws IOException {
        Set<String> folders = new HashSet<>();
        try (OutputStream out = Files.newOutputStream(file);
                JarOutputStream jar = new JarOutputStream(out)) {
            for (Map.Entry<String, String> entry : new TreeMap<>(files).entrySet()) {
                String name = entry.getKey();
                for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                    String folder = name.substring(0, slash + 1);
                    if (folders.add(folder)) {
                        jar.putNextEntry(new JarEntry(folder));
                        jar.closeEntry();
                    }
                }
                jar.putNextEntry(new JarEntry(name));
                jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }

    /** A class loader over just these roots (no parent), so the test's own resources cannot interfere. */
    static URLClassLoader loader(Path... roots) throws IOException {
        URL[] urls = new URL[roots.length];
        for (int i = 0; i < roots.length; i++) {
            urls[i] = roots[i].toUri().toURL();
        }
        return new URLClassLoader(urls, null);
    }
}
