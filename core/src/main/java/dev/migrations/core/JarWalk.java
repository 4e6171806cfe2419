package dev.migrations.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Lists the migration files under a classpath location's root that is not a directory: a plain jar
 * ({@code jar:file:...!/db/migrations}) or, through the URL handler Spring Boot installs, an executable jar
 * ({@code jar:nested:/app.jar/!BOOT-INF/classes/!/db/migrations}), whose {@link JarFile} lists the nested entries
 * relative to {@code BOOT-INF/classes/}.
 *
 * <p>It exists so that jar handling (only the {@link JarURLConnection} API, a private {@link JarFile} closed
 * afterwards, one pass over the entries) is one small piece, apart from folder trees and from what the names mean.
 */
final class JarWalk {

    private JarWalk() {}

    /**
     * The migration files of a jar root, in entry name order, read now: the jar is closed before names are checked.
     *
     * @param folder the classpath folder the root stands for
     */
    static List<ListedFile> list(URL root, String folder, OptionNames names) {
        try {
            URLConnection opened = root.openConnection();
            if (!(opened instanceof JarURLConnection connection)) {
                throw MigrationException.builder(
                                ErrorCode.INVALID_LOCATION,
                                "Classpath location " + folder + " is at a URL that cannot be listed")
                        .script(root.toString())
                        .action("Package the migrations in a folder or jar on the classpath, or copy them to a"
                                + " folder and use filesystem:<path> in " + names.option(Option.LOCATIONS) + ".")
                        .build();
            }
            // A private JarFile that is closed afterwards: closing a cached one would break the class loader's.
            connection.setUseCaches(false);
            JarFile jar = connection.getJarFile();
            try {
                String entryName = connection.getEntryName();
                return entries(jar, (entryName != null) ? Location.trimSlashes(entryName) : folder, folder, root);
            } finally {
                if (!connection.getUseCaches()) {
                    jar.close();
                }
            }
        } catch (IOException e) {
            throw Location.unreadable(root.toString(), folder, e);
        }
    }

    private static List<ListedFile> entries(JarFile jar, String entryFolder, String folder, URL root) {
        String prefix = entryFolder + "/";
        List<JarEntry> entries = new ArrayList<>();
        for (Enumeration<JarEntry> all = jar.entries(); all.hasMoreElements(); ) {
            JarEntry entry = all.nextElement();
            String name = entry.getName();
            if (!entry.isDirectory()
                    && name.startsWith(prefix)
                    && ListedFile.isScriptOrConfig(name)
                    && !ListedFile.isHiddenPath(name.substring(prefix.length()))) {
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparing(JarEntry::getName));
        String rootText = Location.trimSlashes(root.toString());
        List<ListedFile> listed = new ArrayList<>(entries.size());
        for (JarEntry entry : entries) {
            String relative = entry.getName().substring(prefix.length());
            String fileName = relative.substring(relative.lastIndexOf('/') + 1);
            String location = Location.CLASSPATH + folder + "/" + relative;
            String origin = rootText + "/" + relative;
            ScriptCache.Stamp stamp =
                    new ScriptCache.Stamp(entry.getSize(), TimeUnit.MILLISECONDS.toNanos(entry.getTime()));
            ListedFile.Content content;
            if (ScriptCache.SHARED.knows(origin, stamp)) {
                // read before and unchanged; only a different encoding would read it again, through its own URL
                content = () -> {
                    URLConnection again = URI.create(origin).toURL().openConnection();
                    again.setUseCaches(false);
                    try (InputStream in = again.getInputStream()) {
                        return in.readAllBytes();
                    }
                };
            } else {
                // read now: the jar is closed before names are checked
                byte[] bytes;
                try (InputStream in = jar.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                } catch (IOException e) {
                    throw MigrationException.builder(ErrorCode.INVALID_LOCATION, "Migration file could not be read")
                            .script(location)
                            .action("Check that the jar is readable and not corrupt.")
                            .cause(e)
                            .build();
                }
                content = () -> bytes;
            }
            listed.add(new ListedFile(fileName, location, origin, relative, content, stamp));
        }
        return listed;
    }
}
