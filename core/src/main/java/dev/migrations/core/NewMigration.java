package dev.migrations.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Creates the next migration file, Alembic's {@code revision -m}: {@code V<next>__<name>.sql} with an empty
 * {@code -- migrate:down} section. The next version is the highest integer version plus one, or a UTC timestamp
 * ({@code yyyyMMddHHmmss}) when the folder already uses timestamps (or when asked), so that two branches adding a
 * migration on the same day do not both pick the same number.
 *
 * @since 0.1.0
 */
public final class NewMigration {

    /** Versions at least this large are read as timestamps ({@code 19700101000000} has 14 digits). */
    private static final int TIMESTAMP_DIGITS = 14;

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private NewMigration() {}

    /** Creates the file in {@code folder} (created when missing) and returns its path. */
    public static Path create(Path folder, String name, boolean timestamp, Clock clock) {
        String description = description(name);
        try {
            Files.createDirectories(folder);
            String version = nextVersion(folder, timestamp, clock);
            Path file = folder.resolve("V" + version + "__" + description + ".sql");
            Files.writeString(
                    file,
                    "-- " + name.strip() + "\n\n\n-- migrate:down\n\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW);
            return file;
        } catch (FileAlreadyExistsException ex) {
            throw MigrationException.builder(ErrorCode.DUPLICATE_VERSION, "The file " + ex.getFile() + " exists.")
                    .action("Wait a second and run it again, or give another name.")
                    .build();
        } catch (IOException ex) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_LOCATION, "Cannot create a migration in " + folder + ": " + ex)
                    .action("Check that the folder is writable.")
                    .cause(ex)
                    .build();
        }
    }

    /** {@code "Add phone to users"} becomes {@code add_phone_to_users}. */
    static String description(String name) {
        String text = name.strip()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (text.isEmpty()) {
            throw MigrationException.builder(
                            ErrorCode.INVALID_NAME, "'" + name + "' gives an empty migration description.")
                    .action("Name the migration with letters or digits, for example: add_phone_to_users.")
                    .build();
        }
        return text;
    }

    static String nextVersion(Path folder, boolean timestamp, Clock clock) throws IOException {
        Version highest = null;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String fileName = file.getFileName().toString();
                int separator = fileName.indexOf("__");
                if (!fileName.startsWith("V") || separator < 2 || !fileName.endsWith(".sql")) {
                    continue;
                }
                try {
                    Version version = Version.parse(fileName.substring(1, separator));
                    if (highest == null || version.compareTo(highest) > 0) {
                        highest = version;
                    }
                } catch (IllegalArgumentException ex) {
                    // not ours to judge here: the scanner reports badly named files when it runs
                }
            }
        }
        String major = (highest != null) ? highest.toString().split("\\.")[0] : "0";
        if (timestamp || major.length() >= TIMESTAMP_DIGITS) {
            String now = LocalDateTime.now(clock).format(TIMESTAMP);
            return (highest != null && major.compareTo(now) >= 0 && major.length() == now.length())
                    ? String.valueOf(Long.parseLong(major) + 1)
                    : now;
        }
        return String.valueOf(Long.parseLong(major) + 1);
    }
}
