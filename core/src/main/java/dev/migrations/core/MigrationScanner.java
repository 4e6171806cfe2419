package dev.migrations.core;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Finds the SQL migrations ({@code V<version>__<description>.sql} and their {@code U<version>__<description>.sql} undo
 * files), repeatable migrations and callbacks in the configured locations: {@code classpath:} folders (in
 * directories, jars and Spring Boot executable jars, merged over all classpath roots) and {@code filesystem:} folders,
 * subfolders included.
 *
 * <p>This class decides what the listed files make together: each physical file once, its {@code .sql.conf} file
 * attached, undo files paired with their versions, no version claimed twice. The parts it builds on are small and
 * separate: {@link Location} (what a location string means), {@link FileTreeWalk} and {@link JarWalk} (listing),
 * {@link MigrationFileName} (what a name means) and {@link ScriptDecoding} (bytes to text).
 *
 * <p>This runs at every application start, so each location is listed once (one tree walk per folder, one pass over
 * the entries per jar) and each migration file is read once.
 */
final class MigrationScanner {

    private final ScriptDecoding decoding;

    /** How errors name the locations option. */
    private final OptionNames names;

    private final Charset encoding;

    /** Files reached once already, by physical origin, so overlapping locations do not report duplicates. */
    private final Set<String> seen = new HashSet<>();

    private final List<Found> found = new ArrayList<>();

    private final List<ListedFile> candidates = new ArrayList<>();

    /** {@code .sql.conf} files by the location of the script they configure. */
    private final Map<String, ListedFile.Content> configs = new HashMap<>();

    private final List<SqlCallback> callbacks = new ArrayList<>();

    /** Every file listed, in listing order, with what tells an edit: the key of {@link ScriptCache#scanned}. */
    private final List<ScriptCache.Listed> listed = new ArrayList<>();

    /** Whether every listed file has a stamp that tells an edit (none missing, none racily recent). */
    private boolean trusted = true;

    private MigrationScanner(Charset encoding, OptionNames names) {
        this.decoding = new ScriptDecoding(encoding);
        this.names = names;
        this.encoding = encoding;
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
            List<String> locations,
            @Nullable ClassLoader classLoader,
            @Nullable String vendor,
            @Nullable Charset encoding) {
        return scanAll(locations, classLoader, vendor, encoding).migrations();
    }

    /** {@link #scan}, with the SQL callbacks found next to the migrations (in file name order). */
    static Scanned scanAll(
            List<String> locations,
            @Nullable ClassLoader classLoader,
            @Nullable String vendor,
            @Nullable Charset encoding) {
        return scanAll(locations, classLoader, vendor, encoding, OptionNames.ENGINE);
    }

    /** As above; {@code names} spells the locations option in errors. */
    static Scanned scanAll(
            List<String> locations,
            @Nullable ClassLoader classLoader,
            @Nullable String vendor,
            @Nullable Charset encoding,
            OptionNames names) {
        Objects.requireNonNull(locations, "locations");
        MigrationScanner scanner = new MigrationScanner((encoding != null) ? encoding : StandardCharsets.UTF_8, names);
        ClassLoader loader = (classLoader != null) ? classLoader : MigrationScanner.class.getClassLoader();
        for (String location : locations) {
            scanner.scan(Location.parse(location, vendor, names), loader);
        }
        ScriptCache.Listing listing =
                scanner.trusted ? new ScriptCache.Listing(scanner.encoding, scanner.listed) : null;
        Scanned known = (listing != null) ? ScriptCache.SHARED.scanned(locations, vendor, listing) : null;
        if (known != null) {
            return known; // the same files, unchanged: what they make together is what it was
        }
        List<SqlMigrationFile> migrations = scanner.pair();
        List<SqlCallback> callbacks = new ArrayList<>(scanner.callbacks);
        callbacks.sort(Comparator.comparing(SqlCallback::name));
        Scanned scanned = new Scanned(migrations, List.copyOf(callbacks));
        if (listing != null) {
            ScriptCache.SHARED.remember(locations, vendor, listing, scanned);
        }
        return scanned;
    }

    /**
     * What the locations hold: migrations (versioned in version order, then repeatable ones) and callbacks, and the
     * versioned migrations resolved from them so far ({@link Resolutions}).
     */
    record Scanned(List<SqlMigrationFile> migrations, List<SqlCallback> callbacks, Resolutions resolutions) {

        Scanned(List<SqlMigrationFile> migrations, List<SqlCallback> callbacks) {
            this(migrations, callbacks, new Resolutions(migrations.size()));
        }
    }

    /**
     * The versioned SQL migrations resolved from one scan, by position. Such a migration depends on its file alone
     * (repeatable ones also on the placeholders), and a scan over unchanged files returns the same {@link Scanned}
     * ({@link ScriptCache#scanned}), so a later run takes them from here instead of cutting every file into sections
     * and looking its checksum up again.
     */
    static final class Resolutions {

        private final AtomicReferenceArray<ResolvedMigration> versioned;

        Resolutions(int size) {
            this.versioned = new AtomicReferenceArray<>(size);
        }

        /** The migration resolved from the versioned file at {@code index}, resolving it on first use. */
        ResolvedMigration versioned(int index, Supplier<ResolvedMigration> resolve) {
            ResolvedMigration known = versioned.get(index);
            if (known == null) {
                known = resolve.get(); // a file that fails to resolve is not remembered: it fails again
                versioned.set(index, known);
            }
            return known;
        }
    }

    private void scan(Location location, ClassLoader loader) {
        if (location.filesystem()) {
            addAll(FileTreeWalk.list(FileTreeWalk.folder(location, names), null));
            return;
        }
        String folder = location.folder();
        Enumeration<URL> roots;
        try {
            roots = loader.getResources(folder);
        } catch (IOException e) {
            throw Location.unreadable(location.text(), folder, e);
        }
        // No root at all is not an error here: the engine reports "no migrations found" itself.
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if ("file".equals(root.getProtocol())) {
                Path directory = toPath(root, folder);
                if (Files.isDirectory(directory)) {
                    addAll(FileTreeWalk.list(directory, folder));
                }
            } else {
                addAll(JarWalk.list(root, folder, names));
            }
        }
    }

    private static Path toPath(URL root, String folder) {
        try {
            return Path.of(root.toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw Location.unreadable(root.toString(), folder, e);
        }
    }

    /**
     * Remembers the listed files; names are checked once every location is listed, because a {@code .sql.conf} file
     * (which may set the encoding of its script) sorts after the script it belongs to.
     */
    private void addAll(List<ListedFile> files) {
        for (ListedFile file : files) {
            ScriptCache.Stamp stamp = file.stamp();
            listed.add(new ScriptCache.Listed(file.location(), file.origin(), file.relative(), stamp));
            trusted &= stamp != null && !stamp.racy();
            if (!seen.add(file.origin())) {
                continue; // the same physical file, reached again through an overlapping location
            }
            if (file.fileName().endsWith(ListedFile.CONF)) {
                String location = file.location();
                configs.put(location.substring(0, location.length() - ScriptConfig.SUFFIX.length()), file.content());
            } else {
                candidates.add(file);
            }
        }
    }

    /** Sorts a listed {@code .sql} file into callbacks, repeatable, versioned and undo migrations, and reads it. */
    private void classify(ListedFile candidate) {
        String fileName = candidate.fileName();
        String location = candidate.location();
        ScriptConfig config = config(location);
        MigrationFileName name = MigrationFileName.parse(fileName, location);
        String content = read(candidate, config);
        if (name.kind() == MigrationFileName.Kind.CALLBACK) {
            callbacks.add(new SqlCallback(SqlCallback.eventOf(fileName), location, fileName, content, config));
            return;
        }
        found.add(new Found(
                name.kind() == MigrationFileName.Kind.UNDO,
                name.version(),
                name.description(),
                location,
                candidate.origin(),
                candidate.relative(),
                content,
                config));
    }

    /** The settings of a script's {@code .sql.conf} file, read in the configured encoding. */
    private ScriptConfig config(String scriptLocation) {
        ListedFile.Content content = configs.remove(scriptLocation);
        if (content == null) {
            return ScriptConfig.NONE;
        }
        String location = scriptLocation + ScriptConfig.SUFFIX;
        return ScriptConfig.parse(decoding.read(location, content), location);
    }

    /** A script's text, in the encoding its {@code .sql.conf} file names, if it names one. */
    /** A listed file's text, read and decoded once while it stays unchanged ({@link ScriptCache}). */
    private String read(ListedFile candidate, ScriptConfig config) {
        Charset charset = (config.encoding() != null) ? config.encoding() : encoding;
        return ScriptCache.SHARED.text(
                candidate.origin(),
                candidate.stamp(),
                charset,
                () -> read(candidate.location(), candidate.content(), config));
    }

    private String read(String location, ListedFile.Content content, ScriptConfig config) {
        if (config.encoding() == null || config.encoding().equals(decoding.encoding())) {
            return decoding.read(location, content);
        }
        return new ScriptDecoding(config.encoding()).read(location, content);
    }

    /** Checks versions are unique and every undo file has its migration, then pairs them up in version order. */
    private List<SqlMigrationFile> pair() {
        for (ListedFile candidate : candidates) {
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

    private MigrationException duplicate(Found first, Found second) {
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
                        + " " + names.option(Option.LOCATIONS) + ".")
                .build();
    }

    /** A file found in a location, before upgrade and undo files are paired; version null for a repeatable one. */
    private record Found(
            boolean undo,
            @Nullable Version version,
            String description,
            String location,
            String origin,
            String relative,
            String content,
            ScriptConfig config) {}
}
