package dev.migrations.tooling;

import dev.migrations.core.ErrorCode;
import dev.migrations.core.MigrationException;
import dev.migrations.core.MigrationStatus;
import dev.migrations.core.Migrator;
import dev.migrations.core.Secrets;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code upgrade --backup DIR}: a {@code pg_dump -Fc} of the database into a timestamped file before anything is
 * applied, refused when {@code pg_dump} is missing or older than the server (it could not read the server's catalog
 * correctly) and fatal when the dump fails, so that an upgrade never runs without the backup that was asked for.
 * Credentials go to pg_dump through its environment, never its command line.
 *
 * @since 0.1.0
 */
public final class Backup {

    /** The environment variable naming the pg_dump to run, when it is not {@code pg_dump} on the PATH. */
    public static final String PG_DUMP_VARIABLE = "MIGRATIONS_PG_DUMP";

    private static final Pattern URL = Pattern.compile("^jdbc:postgresql://([^/?]*)/([^?]*)(?:\\?(.*))?$");

    private static final Pattern MAJOR = Pattern.compile("PostgreSQL\\)?\\s+(\\d+)");

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

    private static final long TIMEOUT_HOURS = 6;

    private Backup() {}

    /**
     * What the backup did.
     *
     * @param file the dump, or {@code null} when nothing was pending and no backup was needed
     * @param bytes its size
     * @param restore the command that restores it (no password in it)
     */
    public record Result(
            @Nullable Path file, long bytes, @Nullable String restore) {

        /** For people: where the dump is and how to restore it. */
        public String describe() {
            if (file == null) {
                return "Nothing pending: no backup needed.";
            }
            return "Backed up the database to " + file + " (" + bytes + " bytes) with pg_dump -Fc. To restore it:\n  "
                    + restore;
        }
    }

    /**
     * Dumps the database of {@code settings} into {@code dir} when {@code migrator} has something pending. Throws
     * {@link ErrorCode#BACKUP_FAILED} (and nothing is applied) when the dump cannot be made.
     */
    public static Result beforeUpgrade(Settings settings, Migrator migrator, Path dir, Clock clock) {
        MigrationStatus status = migrator.info();
        if (status.pending().isEmpty()) {
            return new Result(null, 0, null);
        }
        return dump(settings, status.database(), dir, clock);
    }

    static Result dump(Settings settings, String serverVersion, Path dir, Clock clock) {
        // a missing URL never gets here: the migrator that found something pending was connected with it
        String url = Objects.toString(settings.connection().get(0).value(), "");
        Matcher matcher = URL.matcher(url);
        if (!matcher.matches() || matcher.group(1).contains(",")) {
            throw failed(
                    "Cannot back up " + Secrets.maskUrl(url) + ": pg_dump needs a single-host jdbc:postgresql URL.",
                    "Back up the database yourself, then upgrade without --backup.",
                    null);
        }
        Map<String, String> query = query(matcher.group(3));
        String pgDump = locate(settings);
        int clientMajor = major(version(pgDump), "pg_dump --version");
        int serverMajor = major(serverVersion, "the server version");
        if (clientMajor < serverMajor) {
            throw failed(
                    pgDump + " is PostgreSQL " + clientMajor + " but the server is PostgreSQL " + serverMajor
                            + ": an older pg_dump cannot dump a newer server.",
                    "Install the PostgreSQL " + serverMajor + " client tools (for example apt-get install"
                            + " postgresql-client-" + serverMajor + ") or point " + PG_DUMP_VARIABLE
                            + " at a pg_dump of version " + serverMajor + " or newer.",
                    null);
        }
        String hostPort = matcher.group(1);
        String host = hostPort.isEmpty() ? "localhost" : hostPort.replaceFirst(":\\d+$", "");
        String port = hostPort.matches(".*:\\d+$") ? hostPort.replaceFirst("^.*:", "") : "5432";
        String database = matcher.group(2);
        String user = (settings.connection().get(1).value() != null)
                ? settings.connection().get(1).value()
                : query.get("user");
        String password = (settings.connection().get(2).value() != null)
                ? settings.connection().get(2).value()
                : query.get("password");
        Path file;
        try {
            Files.createDirectories(dir);
            file = dir.resolve(database + "-" + LocalDateTime.now(clock).format(STAMP) + ".dump")
                    .toAbsolutePath();
        } catch (IOException ex) {
            throw failed("Cannot create the backup folder " + dir + ": " + ex, "Give --backup a writable folder.", ex);
        }
        List<String> command = new ArrayList<>(List.of(
                pgDump,
                "--format=custom",
                "--no-password",
                "--lock-wait-timeout=" + settings.config().lockWaitTimeout().toMillis(),
                "--file=" + file));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.put("PGHOST", host);
        env.put("PGPORT", port);
        env.put("PGDATABASE", database);
        env.put(
                "PGCONNECT_TIMEOUT",
                String.valueOf(Math.max(1, settings.config().connectTimeout().toSeconds())));
        put(env, "PGUSER", user);
        put(env, "PGPASSWORD", password);
        put(env, "PGSSLMODE", query.get("sslmode"));
        Run run = exec(builder, TIMEOUT_HOURS, TimeUnit.HOURS);
        if (run.exit() != 0) {
            deleteQuietly(file);
            throw failed(
                    "pg_dump failed (exit " + run.exit() + "), nothing was applied: "
                            + Secrets.maskUrl(run.stderr().strip()),
                    "Fix what pg_dump reports (connection, permissions: the user needs SELECT on every table),"
                            + " then upgrade again.",
                    null);
        }
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException ex) {
            throw failed("pg_dump wrote no file " + file + ".", "Check the backup folder.", ex);
        }
        String restore = "pg_restore --clean --if-exists --no-owner -h " + host + " -p " + port
                + ((user != null) ? " -U " + user : "") + " -d " + database + " " + file;
        return new Result(file, bytes, restore);
    }

    private static String locate(Settings settings) {
        String configured = settings.environment(PG_DUMP_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            if (!Files.isExecutable(Path.of(configured))) {
                throw failed(
                        PG_DUMP_VARIABLE + " names " + configured + ", which is not an executable file.",
                        "Point " + PG_DUMP_VARIABLE + " at pg_dump, or unset it to use the pg_dump on the PATH.",
                        null);
            }
            return configured;
        }
        String path = settings.environment("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir).resolve("pg_dump");
                if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        throw failed(
                "pg_dump was not found on the PATH, so no backup can be made; nothing was applied.",
                "Install the PostgreSQL client tools of the server's version (for example apt-get install"
                        + " postgresql-client), or set " + PG_DUMP_VARIABLE + " to the pg_dump to use.",
                null);
    }

    private static String version(String pgDump) {
        Run run = exec(new ProcessBuilder(pgDump, "--version"), 30, TimeUnit.SECONDS);
        if (run.exit() != 0) {
            throw failed(
                    pgDump + " --version failed (exit " + run.exit() + "): "
                            + run.stderr().strip(),
                    "Check the pg_dump installation.",
                    null);
        }
        return run.stdout();
    }

    private static int major(String version, String what) {
        Matcher matcher = MAJOR.matcher(String.valueOf(version));
        if (!matcher.find()) {
            throw failed(
                    "Cannot read the PostgreSQL major version from " + what + ": " + version,
                    "Back up the database yourself, then upgrade without --backup.",
                    null);
        }
        return Integer.parseInt(matcher.group(1));
    }

    private record Run(int exit, String stdout, String stderr) {}

    private static Run exec(ProcessBuilder builder, long timeout, TimeUnit unit) {
        @Nullable Path out = null;
        @Nullable Path err = null;
        try {
            err = Files.createTempFile("migrations-pg_dump", ".err");
            builder.redirectError(err.toFile());
            if (builder.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
                out = Files.createTempFile("migrations-pg_dump", ".out");
                builder.redirectOutput(out.toFile());
            }
            Process process = builder.start();
            if (!process.waitFor(timeout, unit)) {
                process.destroyForcibly();
                throw failed(
                        builder.command().get(0) + " did not finish within " + timeout + " " + unit, "Check it.", null);
            }
            return new Run(
                    process.exitValue(),
                    (out != null) ? Files.readString(out, StandardCharsets.UTF_8) : "",
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw failed("Cannot run " + builder.command().get(0) + ": " + ex.getMessage(), "Check pg_dump.", ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw failed("Interrupted while running pg_dump.", "Run the upgrade again.", ex);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static Map<String, String> query(@Nullable String query) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(
                            pair.substring(0, eq),
                            java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static void put(Map<String, String> env, String name, @Nullable String value) {
        if (value != null) {
            env.put(name, value);
        } else {
            env.remove(name);
        }
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ex) {
                // a temporary file left behind is harmless
            }
        }
    }

    private static MigrationException failed(String summary, String action, @Nullable Throwable cause) {
        MigrationException.Builder builder =
                MigrationException.builder(ErrorCode.BACKUP_FAILED, summary).action(action);
        if (cause != null) {
            builder.cause(cause);
        }
        return builder.build();
    }
}
