package dev.migrations.core;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A file a walk listed in a location, its name not checked yet and its bytes not necessarily read.
 *
 * <p>It exists so that the walk over a folder tree ({@link FileTreeWalk}) and the walk over a jar ({@link JarWalk})
 * hand the scanner the same thing, and agree in one place on which files count.
 *
 * @param fileName the file's own name, such as {@code V1__init.sql}
 * @param location where the file is, as users see it: {@code classpath:db/migrations/V1__init.sql} or
 *     {@code filesystem:/opt/app/migrations/V1__init.sql}
 * @param origin the physical file (path or jar URL), so that overlapping locations reach a file once
 * @param relative the path relative to its location, with {@code /} separators (Flyway's history script column)
 * @param content reads the file's bytes
 * @param stamp the file's size and modification time, which tell an edit ({@link ScriptCache}), or {@code null}
 */
record ListedFile(
        String fileName,
        String location,
        String origin,
        String relative,
        Content content,
        ScriptCache.@Nullable Stamp stamp) {

    static final String SQL = ".sql";

    static final String CONF = SQL + ScriptConfig.SUFFIX;

    /** Whether a walk lists a file of this name: {@code .sql} scripts and their {@code .sql.conf} files. */
    static boolean isScriptOrConfig(String name) {
        return name.endsWith(SQL) || name.endsWith(CONF);
    }

    /**
     * Whether a file or folder name is hidden; walks skip those because Kubernetes ConfigMap volumes keep a second
     * copy of every file in {@code ..data} and {@code ..<time>} folders, and macOS writes {@code ._V1__init.sql}
     * metadata files next to real ones.
     */
    static boolean isHidden(String name) {
        return name.startsWith(".");
    }

    /** Whether a relative {@code /}-separated path has a hidden folder or file in it. */
    static boolean isHiddenPath(String relative) {
        return relative.startsWith(".") || relative.contains("/.");
    }

    /** Reads a file's bytes; deferred so that a file is read only after its name was accepted. */
    @FunctionalInterface
    interface Content {

        byte[] read() throws IOException;
    }
}
