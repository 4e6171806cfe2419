package dev.migrations.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds the SQL migrations ({@code V<version>__<description>.sql} and their {@code U<version>__<description>.sql} undo
 * files) in the configured locations: {@code classpath:} folders (in directories, jars and Spring Boot executable
 * jars, merged over all classpath roots) and {@code filesystem:} folders, subfolders included.
 *
 * <p>This runs at every application start, so each location is listed once (one tree walk per folder, one pass over
 * the entries per jar) and each migration file is read once.
 */
final class MigrationScanner {

    private static final String CLASSPATH = "classpath:";

    private static final String FILESYSTEM = "filesystem:";

    private static final String VENDOR = "{vendor}";

    private static final String SQL = ".sql";

    private static final String CONF = SQL + ScriptConfig.SUFFIX;

    private static final String EXAMPLES =
            "V1__create_users.sql, V1.2__add_index.sql or V20261124093000__add_index.sql";

    private final Charset encoding;

    /** One decoder for all files; it reports malformed input instead of silently replacing it. */
    private final CharsetDecoder decoder;

    /** Whether ASCII bytes mean the same characters in the configured encoding (UTF-8, ISO-8859-x, ...). */
    private final boolean asciiCompatible;

    /** Files reached once already, by physical origin, so overlapping locations do not report duplicates. */
    private final Set<String> seen = new HashSet<>();

    private final List<Found> found = new ArrayList<>();

    private final List<Candidate> candidates = new ArrayList<>();

    /** {@code .sql.conf} files by the location of the script they configure. */
    private final Map<String, Content> configs = new HashMap<>();

    private final List<SqlCallback> callbacks = new ArrayList<>();

    private MigrationScanner(Charset encoding) {
        this.encoding = encoding;
        this.asciiCompatible = encoding.equals(StandardCharsets.UTF_8)
                || encoding.equals(StandardCharsets.US_ASCII)
                || encoding.equals(StandardCharsets.ISO_8859_1);
        this.decoder = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Scans the locations and returns their migrations sorted by version.
     *
     * @param locations {@code classpath:<path>}, {@code <path>} (classpath too) or {@code filesystem:<path>}, where
     *     {@code {vendor}} stands for {@code vendor}
     * @param classLoader the class loader whose roots are searched for {@code classpath:} locations; {@code null} for
     *     the one that loaded the engine
     * @param vendor the database vendor folder name such as {@code postgresql}, or {@code null} if unknown
     * @param encoding the charset the files are written in; {@code null} for UTF-8
     * @throws MigrationException when a location or file name is invalid or two files claim one version
     */
    static List<SqlMigrationFile> scan(
            List<String> locations, ClassLoader classLoader, String vendor, Charset encoding) {
        return scanAll(locations, classLoader, vendor, encoding).migrations();
    }

    /** {@link #scan}, with the SQL callbacks found next to the migrations (in file name order). */
    static Scanned scanAll(List<String> locations, ClassLoader classLoader, String vendor, Charset encoding) {
        Objects.requireNonNull(locations, "locations");
        MigrationScanner scanner = new MigrationScanner((encoding != null) ? encoding : StandardCharsets.UTF_8);
        ClassLoader loader = (classLoader != null) ? classLoader : MigrationScanner.class.getClassLoader();
        for (String location : locations) {
            scanner.scanLocation(withVendor(location, vendor), loader);
        }
        List<SqlMigrationFile> migrations = scanner.pair();
        List<SqlCallback> callbacks = new ArrayList<>(scanner.callbacks);
        callbacks.sort(Comparator.comparing(SqlCallback::name));
        return new Scanned(migrations, List.copyOf(callbacks));
    }

    /** What the locations hold: migrations (versioned in version order, then repeatable ones) and callbacks. */
    record Scanned(List<SqlMigrationFile> migrations, List<SqlCallback> callbacks) {}

    private static String withVendor(String location, String vendor) {
        if (location == null || location.isBlank()) {
            throw MigrationException.builder(ErrorCode.INVALID_LOCATION, "Migration location is empty")
                    .script("migrations.locations")
                    .action("Remove the empty entry from migrations.locations or write a folder such as"
                            + " classpath:db/migrations.")
                    .build();
        }
        String trimmed = location.strip();
        if (!trimmed.contains(VENDOR)) {
            return trimmed;
        }
        if (vendor == null || vendor.isBlank()) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_CONFIGURATION,
                            "Migration location uses {vendor} but the database vendor is not known")
                    .script(trimmed)
                    .action("Replace {vendor} in migrations.locations with the vendor's folder name, for example"
                            + " classpath:db/migrations/postgresql.")
                    .build();
        }
        return trimmed.replace(VENDOR, vendor);
    }

    private void scanLocation(String location, ClassLoader loader) {
        if (location.startsWith(FILESYSTEM)) {
            scanFilesystem(location, folderOf(location, FILESYSTEM, false));
        } else if (location.startsWith(CLASSPATH)) {
            scanClasspath(location, folderOf(location, CLASSPATH, true), loader);
        } else if (location.indexOf(':') >= 0) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_LOCATION,
                            "Migration location has an unsupported prefix \""
                                    + location.substring(0, location.indexOf(':') + 1) + "\"")
                    .script(location)
                    .action("Use a supported prefix in migrations.locations: classpath: (the default when there"
                            + " is no prefix) or filesystem:, for example classpath:db/migrations or"
                            + " filesystem:/opt/app/migrations.")
                    .build();
        } else {
            scanClasspath(location, folderOf(location, "", true), loader);
        }
    }

    /** The folder after the prefix; classpath paths are relative, so surrounding slashes are dropped. */
    private static String folderOf(String location, String prefix, boolean classpath) {
        String folder = location.substring(prefix.length()).strip();
        if (classpath) {
            folder = trimSlashes(folder);
        }
        if (folder.isEmpty()) {
            throw MigrationException.builder(ErrorCode.INVALID_LOCATION, "Migration location names no folder")
                    .script(location)
                    .action("Write the folder to scan after the prefix in migrations.locations, for example"
                            + " classpath:db/migrations.")
                    .build();
        }
        return folder;
    }

    private static String trimSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }

    private void scanFilesystem(String location, String folder) {
        Path root;
        try {
            root = Path.of(folder).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw MigrationException.builder(ErrorCode.INVALID_LOCATION, "Migration location is not a valid path")
                    .script(location)
                    .action("Fix the path in migrations.locations.")
                    .cause(e)
                    .build();
        }
        if (!Files.exists(root)) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_LOCATION, "Migration location " + location + " does not exist")
                    .script(root.toString())
                    .action("Create the folder " + root + " or fix migrations.locations (relative filesystem:"
                            + " paths are resolved against the working directory "
                            + Path.of("").toAbsolutePath() + ").")
                    .build();
        }
        if (!Files.isDirectory(root)) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_LOCATION, "Migration location " + location + " is not a folder")
                    .script(root.toString())
                    .action("Point migrations.locations at the folder that contains the migration files, not at"
                            + " a file.")
                    .build();
        }
        scanDirectory(root, null);
    }

    private void scanClasspath(String location, String folder, ClassLoader loader) {
        Enumeration<URL> roots;
        try {
            roots = loader.getResources(folder);
        } catch (IOException e) {
            throw unreadable(location, folder, e);
        }
        // No root at all is not an error here: the engine reports "no migrations found" itself.
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if ("file".equals(root.getProtocol())) {
                Path directory = toPath(root, folder);
                if (Files.isDirectory(directory)) {
                    scanDirectory(directory, folder);
                }
            } else {
                scanJar(root, folder);
            }
        }
    }

    private static Path toPath(URL root, String folder) {
        try {
            return Path.of(root.toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw unreadable(root.toString(), folder, e);
        }
    }

    /**
     * Adds the migrations under a folder, subfolders included.
     *
     * @param classpathFolder the classpath folder the directory stands for, or {@code null} for a filesystem location
     */
    private void scanDirectory(Path root, String classpathFolder) {
        List<Path> files = listSqlFiles(root);
        for (Path file : files) {
            String location = (classpathFolder == null)
                    ? FILESYSTEM + file
                    : CLASSPATH + classpathFolder + "/" + slashed(root.relativize(file));
            add(
                    file.getFileName().toString(),
                    location,
                    file.toString(),
                    slashed(root.relativize(file)),
                    () -> Files.readAllBytes(file));
        }
    }

    /**
     * One walk over the tree, sorted so that results and errors do not depend on the file system's listing order.
     * Links are followed (a linked migrations folder is expected to count), but hidden folders and files are
     * skipped: Kubernetes ConfigMap volumes keep a second copy of every file in {@code ..data} and {@code ..<time>}
     * folders, and macOS writes {@code ._V1__init.sql} metadata files next to real ones.
     */
    private static List<Path> listSqlFiles(Path root) {
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
        files.found.sort(Comparator.naturalOrder());
        return files.found;
    }

    /** Collects the {@code .sql} files of a tree, hidden ones and those in hidden folders left out. */
    private static final class SqlFiles extends SimpleFileVisitor<Path> {

        private final Path root;

        private final List<Path> found = new ArrayList<>();

        SqlFiles(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            boolean hidden = !dir.equals(root) && isHidden(dir.getFileName().toString());
            return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            String name = file.getFileName().toString();
            if (attributes.isRegularFile() && (name.endsWith(SQL) || name.endsWith(CONF)) && !isHidden(name)) {
                found.add(file);
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

    private static boolean isHidden(String name) {
        return name.startsWith(".");
    }

    /** Whether a relative entry path has a hidden folder or file in it (see {@link #listSqlFiles}). */
    private static boolean isHiddenPath(String relative) {
        return relative.startsWith(".") || relative.contains("/.");
    }

    private static String slashed(Path relative) {
        String text = relative.toString();
        return (relative.getFileSystem().getSeparator().equals("/"))
                ? text
                : text.replace(relative.getFileSystem().getSeparator(), "/");
    }

    /**
     * Adds the migrations of a jar root. Only the {@link JarURLConnection} API is used, so this covers plain jars
     * ({@code jar:file:...!/db/migrations}) and, through the URL handler Spring Boot installs, its executable jars
     * ({@code jar:nested:/app.jar/!BOOT-INF/classes/!/db/migrations}), whose {@link JarFile} lists the nested
     * entries relative to {@code BOOT-INF/classes/}.
     */
    private void scanJar(URL root, String folder) {
        try {
            URLConnection opened = root.openConnection();
            if (!(opened instanceof JarURLConnection connection)) {
                throw MigrationException.builder(
                                ErrorCode.INVALID_LOCATION,
                                "Classpath location " + folder + " is at a URL that cannot be listed")
                        .script(root.toString())
                        .action("Package the migrations in a folder or jar on the classpath, or copy them to a"
                                + " folder and use filesystem:<path> in migrations.locations.")
                        .build();
            }
            // A private JarFile that is closed afterwards: closing a cached one would break the class loader's.
            connection.setUseCaches(false);
            JarFile jar = connection.getJarFile();
            try {
                String entryName = connection.getEntryName();
                scanJarEntries(jar, (entryName != null) ? trimSlashes(entryName) : folder, folder, root);
            } finally {
                if (!connection.getUseCaches()) {
                    jar.close();
                }
            }
        } catch (IOException e) {
            throw unreadable(root.toString(), folder, e);
        }
    }

    private void scanJarEntries(JarFile jar, String entryFolder, String folder, URL root) {
        String prefix = entryFolder + "/";
        List<JarEntry> entries = new ArrayList<>();
        for (Enumeration<JarEntry> all = jar.entries(); all.hasMoreElements(); ) {
            JarEntry entry = all.nextElement();
            String name = entry.getName();
            if (!entry.isDirectory()
                    && name.startsWith(prefix)
                    && (name.endsWith(SQL) || name.endsWith(CONF))
                    && !isHiddenPath(name.substring(prefix.length()))) {
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparing(JarEntry::getName));
        String rootText = trimSlashes(root.toString());
        for (JarEntry entry : entries) {
            String relative = entry.getName().substring(prefix.length());
            String fileName = relative.substring(relative.lastIndexOf('/') + 1);
            // read now: the jar is closed before names are checked
            byte[] bytes;
            try (InputStream in = jar.getInputStream(entry)) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw MigrationException.builder(ErrorCode.INVALID_LOCATION, "Migration file could not be read")
                        .script(CLASSPATH + folder + "/" + relative)
                        .action("Check that the jar is readable and not corrupt.")
                        .cause(e)
                        .build();
            }
            add(fileName, CLASSPATH + folder + "/" + relative, rootText + "/" + relative, relative, () -> bytes);
        }
    }

    private static MigrationException unreadable(String where, String folder, Exception e) {
        return MigrationException.builder(
                        ErrorCode.INVALID_LOCATION, "Classpath location " + folder + " could not be read")
                .script(where)
                .action("Check that the jar or folder is readable and not corrupt.")
                .cause(e)
                .build();
    }

    /**
     * Remembers a file; names are checked once every location is listed, because a {@code .sql.conf} file (which
     * may set the encoding of its script) sorts after the script it belongs to.
     */
    private void add(String fileName, String location, String origin, String relative, Content content) {
        if (!seen.add(origin)) {
            return; // the same physical file, reached again through an overlapping location
        }
        if (fileName.endsWith(CONF)) {
            configs.put(location.substring(0, location.length() - ScriptConfig.SUFFIX.length()), content);
        } else {
            candidates.add(new Candidate(fileName, location, origin, relative, content));
        }
    }

    /** Sorts a listed {@code .sql} file into callbacks, repeatable, versioned and undo migrations, and reads it. */
    private void classify(Candidate candidate) {
        String fileName = candidate.fileName();
        String location = candidate.location();
        ScriptConfig config = config(location);
        if (SqlCallback.isCallback(fileName)) {
            callbacks.add(new SqlCallback(
                    SqlCallback.eventOf(fileName),
                    location,
                    fileName,
                    read(location, candidate.content(), config),
                    config));
            return;
        }
        if (fileName.startsWith("R__")) {
            if (fileName.length() == "R__".length() + SQL.length()) {
                throw badName(location);
            }
            String description =
                    fileName.substring(3, fileName.length() - SQL.length()).replace('_', ' ');
            found.add(new Found(
                    false,
                    null,
                    description,
                    location,
                    candidate.origin(),
                    candidate.relative(),
                    read(location, candidate.content(), config),
                    config));
            return;
        }
        char kind = fileName.charAt(0);
        int separator = fileName.indexOf("__");
        // ".sql" holds no '_', so a "__" found is always before it.
        if ((kind != 'V' && kind != 'U') || separator < 2 || separator + 2 == fileName.length() - SQL.length()) {
            throw badName(location);
        }
        String versionText = fileName.substring(1, separator);
        Version version;
        try {
            version = Version.parse(versionText);
        } catch (IllegalArgumentException e) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_NAME,
                            "Migration file name has an invalid version \"" + versionText + "\"")
                    .script(location)
                    .action("Write the version as numbers separated by '.' or '_', for example " + EXAMPLES + ".")
                    .cause(e)
                    .build();
        }
        String description = fileName.substring(separator + 2, fileName.length() - SQL.length())
                .replace('_', ' ');
        found.add(new Found(
                kind == 'U',
                version,
                description,
                location,
                candidate.origin(),
                candidate.relative(),
                read(location, candidate.content(), config),
                config));
    }

    private static MigrationException badName(String location) {
        return MigrationException.builder(
                        ErrorCode.INVALID_NAME,
                        "Migration file name does not follow the pattern V<version>__<description>.sql")
                .script(location)
                .action("Rename it like " + EXAMPLES + " (U<version>__<description>.sql for the undo migration of"
                        + " a version, R__<description>.sql for a repeatable migration, or a Flyway callback name"
                        + " such as afterMigrate.sql), or move it out of the migration locations if it is not a"
                        + " migration.")
                .build();
    }

    /** The settings of a script's {@code .sql.conf} file, read in the configured encoding. */
    private ScriptConfig config(String scriptLocation) {
        Content content = configs.remove(scriptLocation);
        if (content == null) {
            return ScriptConfig.NONE;
        }
        String location = scriptLocation + ScriptConfig.SUFFIX;
        return ScriptConfig.parse(read(location, content, ScriptConfig.NONE), location);
    }

    private String read(String location, Content content, ScriptConfig config) {
        if (config.encoding() == null || config.encoding().equals(encoding)) {
            return read(location, content);
        }
        return new MigrationScanner(config.encoding()).read(location, content);
    }

    private String read(String location, Content content) {
        byte[] bytes;
        try {
            bytes = content.read();
        } catch (IOException e) {
            throw MigrationException.builder(ErrorCode.INVALID_LOCATION, "Migration file could not be read")
                    .script(location)
                    .action("Check that the file is readable by the application.")
                    .cause(e)
                    .build();
        }
        String text;
        if (asciiCompatible && isAscii(bytes)) {
            // Most migration files are plain ASCII: the same text, without the decoder's buffer round trip.
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_ENCODING, "Migration file is not valid " + encoding.name() + " text")
                    .script(location)
                    .action("Save the file as " + encoding.name()
                            + ", or configure the encoding the migration files are written in.")
                    .cause(e)
                    .build();
        }
        // Editors on Windows may start UTF-8 files with a byte order mark; it is not part of the SQL.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Checks versions are unique and every undo file has its migration, then pairs them up in version order. */
    private List<SqlMigrationFile> pair() {
        for (Candidate candidate : candidates) {
            classify(candidate);
        }
        for (String orphan : configs.keySet()) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_NAME,
                            "Script configuration file has no script " + orphan.substring(orphan.lastIndexOf('/') + 1))
                    .script(orphan + ScriptConfig.SUFFIX)
                    .action("Name it after its script plus .conf (for example V2__add_index.sql.conf next to"
                            + " V2__add_index.sql), or delete it.")
                    .build();
        }
        Map<Version, Found> ups = new TreeMap<>();
        Map<Version, Found> downs = new HashMap<>();
        Map<String, Found> repeatables = new TreeMap<>();
        for (Found file : found) {
            if (file.version() == null) {
                Found previous = repeatables.putIfAbsent(file.description(), file);
                if (previous != null) {
                    throw MigrationException.builder(
                                    ErrorCode.DUPLICATE_VERSION,
                                    "Two repeatable migrations have the description \"" + file.description() + "\"")
                            .script(previous.location() + " and " + file.location())
                            .action("Rename one of them: a repeatable migration is known by its description.")
                            .build();
                }
                continue;
            }
            Found previous = (file.undo() ? downs : ups).putIfAbsent(file.version(), file);
            if (previous != null) {
                throw duplicate(previous, file);
            }
        }
        for (Found file : found) {
            if (file.undo() && !ups.containsKey(file.version())) {
                throw MigrationException.builder(
                                ErrorCode.INVALID_NAME,
                                "Undo migration has no migration V" + file.version() + "__<description>.sql")
                        .script(file.location())
                        .action("Correct the version in its name, add the missing V" + file.version()
                                + "__<description>.sql, or delete the undo file.")
                        .build();
            }
        }
        List<SqlMigrationFile> result = new ArrayList<>(ups.size() + repeatables.size());
        for (Found up : ups.values()) {
            Found down = downs.get(up.version());
            result.add(new SqlMigrationFile(
                    up.version(),
                    up.description(),
                    up.location(),
                    up.content(),
                    (down != null) ? down.location() : null,
                    (down != null) ? down.content() : null,
                    up.relative(),
                    up.config()));
        }
        // repeatable migrations last, in description order: the order Flyway applies them in
        for (Found repeatable : repeatables.values()) {
            result.add(new SqlMigrationFile(
                    null,
                    repeatable.description(),
                    repeatable.location(),
                    repeatable.content(),
                    null,
                    null,
                    repeatable.relative(),
                    repeatable.config()));
        }
        return List.copyOf(result);
    }

    private static MigrationException duplicate(Found first, Found second) {
        // The same path in two classpath roots looks identical; then the roots tell the files apart.
        boolean same = first.location().equals(second.location());
        String files = (same ? first.location() + " (" + first.origin() + ")" : first.location()) + " and "
                + (same ? second.location() + " (" + second.origin() + ")" : second.location());
        if (first.undo()) {
            return MigrationException.builder(
                            ErrorCode.DUPLICATE_VERSION, "Two undo migrations have version " + first.version())
                    .script(files)
                    .action("Keep one undo migration per version: delete one of them or merge them into one U"
                            + first.version() + "__<description>.sql.")
                    .build();
        }
        return MigrationException.builder(ErrorCode.DUPLICATE_VERSION, "Two migrations have version " + first.version())
                .script(files)
                .action("Renumber one of them (versions compare as numbers, so 1, 1.0 and 01 are the same"
                        + " version); if it is one file in two locations, delete a copy or drop a location from"
                        + " migrations.locations.")
                .build();
    }

    /** Reads a file's bytes; deferred so that a file is read only after its name was accepted. */
    @FunctionalInterface
    private interface Content {

        byte[] read() throws IOException;
    }

    /** A file found in a location, before upgrade and undo files are paired; version null for a repeatable one. */
    private record Found(
            boolean undo,
            Version version,
            String description,
            String location,
            String origin,
            String relative,
            String content,
            ScriptConfig config) {}

    /** A {@code .sql} file listed in a location, its name not checked yet. */
    private record Candidate(String fileName, String location, String origin, String relative, Content content) {}

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
