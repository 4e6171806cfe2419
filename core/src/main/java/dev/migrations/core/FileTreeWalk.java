package dev.migrations.core;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Lists the migration files of a folder tree: a {@code filesystem:} location, or a classpath location's root that
 * is a directory (classes folders in builds and IDEs).
 *
 * <p>It exists so that walking a file system (links, loops, hidden folders, listing order, separators) is one small
 * piece, apart from jars and from what the names mean.
 */
final class FileTreeWalk {

    private FileTreeWalk() {}

    /**
     * The folder of a {@code filesystem:} location, absolute and normalized (relative paths are resolved against the
     * working directory).
     *
     * @throws MigrationException when it is not a valid path, does not exist or is not a folder
     */
    static Path folder(Location location, OptionNames names) {
        String option = names.option(Option.LOCATIONS);
        Path root;
        try {
            root = Path.of(location.folder()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw MigrationException.builder(ErrorCode.INVALID_LOCATION, "Migration location is not a valid path")
                    .script(location.text())
                    .action("Fix the path in " + option + ".")
                    .cause(e)
                    .build();
        }
        if (!Files.exists(root)) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_LOCATION, "Migration location " + location.text() + " does not exist")
                    .script(root.toString())
                    .action("Create the folder " + root + " or fix " + option + " (relative filesystem:"
                            + " paths are resolved against the working directory "
                            + Path.of("").toAbsolutePath() + ").")
                    .build();
        }
        if (!Files.isDirectory(root)) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_LOCATION, "Migration location " + location.text() + " is not a folder")
                    .script(root.toString())
                    .action("Point " + option + " at the folder that contains the migration files, not at" + " a file.")
                    .build();
        }
        return root;
    }

    /**
     * The migration files under a folder, subfolders included, in path order; each is read only when asked.
     *
     * @param classpathFolder the classpath folder the directory stands for, or {@code null} for a filesystem location
     */
    static List<ListedFile> list(Path root, @Nullable String classpathFolder) {
        List<SqlFile> found = sqlFiles(root);
        List<ListedFile> listed = new ArrayList<>(found.size());
        // The walk builds each path as the root's plus separator and names, so its text after the root's is the
        // relative path: no Path.relativize per file, which compares and copies every name of both paths.
        String rootText = root.toString();
        String separator = root.getFileSystem().getSeparator();
        int prefix = rootText.endsWith(separator) ? rootText.length() : rootText.length() + separator.length();
        for (SqlFile sqlFile : found) {
            Path file = sqlFile.path();
            String text = file.toString();
            String relative = text.substring(prefix);
            if (!separator.equals("/")) {
                relative = relative.replace(separator, "/");
            }
            String location = (classpathFolder == null)
                    ? Location.FILESYSTEM + text
                    : Location.CLASSPATH + classpathFolder + "/" + relative;
            listed.add(new ListedFile(
                    sqlFile.name(), location, text, relative, () -> Files.readAllBytes(file), sqlFile.stamp()));
        }
        return listed;
    }

    /**
     * A file the walk kept, with its name and stamp (size and modification time) taken from the walk itself: no
     * second look at the file.
     */
    private record SqlFile(Path path, String name, ScriptCache.Stamp stamp) {}

    /**
     * One walk over the tree, sorted so that results and errors do not depend on the file system's listing order.
     * Links are followed (a linked migrations folder is expected to count); hidden folders and files are skipped
     * (see {@link ListedFile#isHidden}).
     */
    private static List<SqlFile> sqlFiles(Path root) {
        SqlFiles files = new SqlFiles(root);
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, files);
        } catch (IOException e) {
            throw MigrationException.builder(ErrorCode.INVALID_LOCATION, "Migration folder could not be listed")
                    .script(root.toString())
                    .action("Check that the folder and its subfolders are readable by the application.")
                    .cause(e)
                    .build();
        }
        files.found.sort(Comparator.comparing(SqlFile::path));
        return files.found;
    }

    /** Collects the files of a tree that count, hidden folders left out. */
    private static final class SqlFiles extends SimpleFileVisitor<Path> {

        private final Path root;

        private final List<SqlFile> found = new ArrayList<>();

        SqlFiles(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            boolean hidden =
                    !dir.equals(root) && ListedFile.isHidden(dir.getFileName().toString());
            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            String name = file.getFileName().toString();
            if (attributes.isRegularFile() && ListedFile.isScriptOrConfig(name) && !ListedFile.isHidden(name)) {
                found.add(new SqlFile(
                        file,
                        name,
                        new ScriptCache.Stamp(
                                attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS))));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            // A link back up the tree: the files it leads to are listed already.
            if (e instanceof FileSystemLoopException) {
                return FileVisitResult.CONTINUE;
            }
            throw e;
        }
    }
}
