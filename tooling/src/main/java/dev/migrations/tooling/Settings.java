package dev.migrations.tooling;

import dev.migrations.core.ConnectionSetting;
import dev.migrations.core.DriverManagerDataSource;
import dev.migrations.core.ErrorCode;
import dev.migrations.core.MigrationException;
import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.OptionNames;
import dev.migrations.schema.Autogenerate;
import dev.migrations.schema.ScratchServer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The configuration of a run outside the application, resolved the way Spring Boot would resolve it inside: flags
 * first, then the environment ({@code MIGRATIONS_*} keys and {@code SPRING_DATASOURCE_URL/USERNAME/PASSWORD}), then
 * the project's {@code application.yml|properties} and the active profile's, with {@code ${VAR}} and
 * {@code ${VAR:default}} resolved from the environment. Used by the command line and the Maven plugin, so both read
 * a project the same way.
 *
 * @since 0.1.0
 */
public final class Settings {

    /** Where migration files are when nothing says otherwise: the project's own folder. */
    public static final String DEFAULT_LOCATION = "filesystem:src/main/resources/db/migrations";

    /** The {@code migrations.*} keys that configure the engine, each applied to the builder by its setter. */
    private static final Map<String, BiConsumer<MigrationsConfig.Builder, String>> KEYS = keys();

    private static final List<String> CONNECTION_KEYS = List.of(
            "migrations.url",
            "migrations.user",
            "migrations.password",
            "spring.datasource.url",
            "spring.datasource.username",
            "spring.datasource.password");

    private static final Pattern DURATION = Pattern.compile("(?i)^\\s*(-?\\d+)\\s*(ns|us|ms|s|m|h|d)?\\s*$");

    /**
     * What to resolve from.
     *
     * @param flags properties given on the command line or as plugin parameters, by property name (for example
     *     {@code migrations.url}); they win
     * @param environment the process environment
     * @param projectDir the project: {@code src/main/resources/application.*}, {@code ./application.*},
     *     {@code ./config/application.*} are read from it, and relative file locations resolved against it
     * @param configFile a file to read instead of the project's application files, or {@code null}
     * @param profile the active profile, or {@code null} for {@code SPRING_PROFILES_ACTIVE} or
     *     {@code spring.profiles.active}
     */
    public record Input(
            Map<String, String> flags,
            Map<String, String> environment,
            Path projectDir,
            @Nullable Path configFile,
            @Nullable String profile) {

        public Input {
            flags = Map.copyOf(flags);
            environment = Map.copyOf(environment);
            projectDir = projectDir.toAbsolutePath().normalize();
        }
    }

    private final Map<String, String> values;

    private final Map<String, String> environment;

    private final Path projectDir;

    private final List<Path> files;

    private final @Nullable String profile;

    private Settings(
            Map<String, String> values,
            Map<String, String> environment,
            Path projectDir,
            List<Path> files,
            @Nullable String profile) {
        this.values = values;
        this.environment = environment;
        this.projectDir = projectDir;
        this.files = files;
        this.profile = profile;
    }

    /** Resolves every source of {@code input}; fails with {@link ErrorCode#INVALID_CONFIGURATION} on a bad file. */
    public static Settings resolve(Input input) {
        Map<String, String> env = input.environment();
        List<Path> bases = new ArrayList<>();
        if (input.configFile() != null) {
            Path file = input.projectDir().resolve(input.configFile());
            if (!Files.isRegularFile(file)) {
                throw invalid(
                        "The configuration file " + file + " does not exist.",
                        "Give --config the path of an application.yml or application.properties.");
            }
            bases.add(file);
        } else {
            for (String dir : List.of("src/main/resources/", "", "config/")) {
                for (String ext : List.of("yml", "yaml", "properties")) {
                    Path file = input.projectDir().resolve(dir + "application." + ext);
                    if (Files.isRegularFile(file)) {
                        bases.add(file);
                    }
                }
            }
        }
        // lowest precedence first; each later map overrides
        Map<String, String> merged = new LinkedHashMap<>();
        List<Path> read = new ArrayList<>();
        String profile = input.profile();
        if (profile == null) {
            profile = env.get("SPRING_PROFILES_ACTIVE");
        }
        for (Path file : bases) {
            merged.putAll(canonical(read(file, profile)));
            read.add(file);
        }
        if (profile == null) {
            profile = merged.get("spring.profiles.active");
        }
        if (profile != null) {
            profile = profile.split(",")[0].trim();
            for (Path file : bases) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                Path specific = file.resolveSibling(name.substring(0, dot) + "-" + profile + name.substring(dot));
                if (Files.isRegularFile(specific)) {
                    merged.putAll(canonical(read(specific, profile)));
                    read.add(specific);
                }
            }
        }
        merged.putAll(fromEnvironment(env));
        merged.putAll(canonical(input.flags()));
        Map<String, String> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : merged.entrySet()) {
            resolved.put(
                    entry.getKey(),
                    Placeholders.resolve(
                            entry.getValue(),
                            (name) -> merged.containsKey(canonicalKey(name))
                                    ? merged.get(canonicalKey(name))
                                    : env.get(name)));
        }
        return new Settings(resolved, env, input.projectDir(), List.copyOf(read), profile);
    }

    private static Map<String, String> read(Path file, @Nullable String profile) {
        try {
            return ConfigFiles.read(file, profile);
        } catch (RuntimeException ex) {
            throw invalid(message(ex), "Fix the file, or pass the connection with --url, --user and --password.");
        }
    }

    /** A resolved property, by its canonical name (for example {@code migrations.lock-timeout}), or {@code null}. */
    public @Nullable String get(String key) {
        return values.get(canonicalKey(key));
    }

    /** A variable of the environment the settings were resolved from, or {@code null}. */
    public @Nullable String environment(String name) {
        return environment.get(name);
    }

    /** The project directory. */
    public Path projectDir() {
        return projectDir;
    }

    /** The application files that were read, in order of increasing precedence. */
    public List<Path> files() {
        return files;
    }

    /** The active profile, or {@code null}. */
    public @Nullable String profile() {
        return profile;
    }

    /**
     * URL, user and password as the Boot module chooses them: {@code migrations.*} when {@code migrations.url} or
     * {@code migrations.user} is set (each falling back to {@code spring.datasource.*}), else
     * {@code spring.datasource.*}.
     */
    public List<ConnectionSetting> connection() {
        boolean own = get("migrations.url") != null || get("migrations.user") != null;
        return List.of(
                setting(own, "url", "url", ConnectionSetting.Kind.URL),
                setting(own, "user", "username", ConnectionSetting.Kind.USER),
                setting(own, "password", "password", ConnectionSetting.Kind.PASSWORD));
    }

    private ConnectionSetting setting(boolean own, String ours, String spring, ConnectionSetting.Kind kind) {
        String name = "migrations." + ours;
        if (own && get(name) != null) {
            return new ConnectionSetting(name, get(name), kind);
        }
        return new ConnectionSetting("spring.datasource." + spring, get("spring.datasource." + spring), kind);
    }

    /**
     * A non-pooling DataSource for the resolved connection. Checks first, without connecting, that the URL is set
     * and that no setting holds an unresolved {@code ${...}}.
     */
    public DataSource dataSource() {
        List<ConnectionSetting> settings = connection();
        ConnectionSetting.checkAll(settings);
        String url = settings.get(0).value();
        if (url == null || url.isBlank()) {
            throw invalid(
                    "No database URL: neither --url, MIGRATIONS_URL, SPRING_DATASOURCE_URL nor spring.datasource.url"
                            + " in " + (files.isEmpty() ? "an application.yml|properties (none found)" : files)
                            + " is set.",
                    "Pass --url jdbc:postgresql://HOST:5432/DB (with --user and --password), or run from the"
                            + " project directory whose src/main/resources/application.yml sets"
                            + " spring.datasource.url.");
        }
        if (!url.startsWith("jdbc:")) {
            throw invalid(
                    "The database URL " + dev.migrations.core.Secrets.maskUrl(url) + " is not a JDBC URL.",
                    "Use the form jdbc:postgresql://HOST:5432/DB.");
        }
        return new DriverManagerDataSource(
                url, settings.get(1).value(), settings.get(2).value());
    }

    /**
     * The engine configuration: every {@code migrations.*} key that is set, locations made absolute against the
     * project ({@code classpath:X} read from {@code src/main/resources/X}, since the application's class path is not
     * there). Messages name the engine's options as the engine does; a surface passes its own names to
     * {@link #config(OptionNames)}.
     */
    public MigrationsConfig config() {
        return config(OptionNames.ENGINE);
    }

    /**
     * Autogenerate on this connection's server, for the command line's and the Maven plugin's diff and check. The URL
     * and its {@code ${...}} placeholders are checked first, as {@link #dataSource()} does.
     */
    public Autogenerate autogenerate(OptionNames names) {
        dataSource();
        List<ConnectionSetting> server = connection();
        return Autogenerate.on(
                new ScratchServer(
                        Objects.requireNonNull(server.get(0).value()), // dataSource() refused a missing URL
                        server.get(1).value(),
                        server.get(2).value()),
                config(names));
    }

    /** As {@link #config()}, with messages naming options and commands as {@code names} says. */
    public MigrationsConfig config(OptionNames names) {
        MigrationsConfig.Builder builder =
                MigrationsConfig.builder().locations(locations()).optionNames(names);
        for (Map.Entry<String, BiConsumer<MigrationsConfig.Builder, String>> key : KEYS.entrySet()) {
            String value = get(key.getKey());
            if (value != null) {
                try {
                    key.getValue().accept(builder, value.trim());
                } catch (RuntimeException ex) {
                    throw invalid(
                            "Invalid value '" + value + "' for " + key.getKey() + ": " + ex.getMessage(),
                            "Fix " + key.getKey() + " (flags, environment or application.yml).");
                }
            }
        }
        values.forEach((key, value) -> {
            if (key.startsWith("migrations.placeholders.")) {
                builder.placeholder(key.substring("migrations.placeholders.".length()), value);
            }
        });
        try {
            return builder.build();
        } catch (MigrationException ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw invalid(message(ex), "Fix the migrations.* settings.");
        }
    }

    /** The migration locations, absolute; the project's own folder by default. */
    public List<String> locations() {
        String value = get("migrations.locations");
        List<String> raw = (value == null || value.isBlank()) ? List.of(DEFAULT_LOCATION) : split(value);
        List<String> out = new ArrayList<>();
        for (String location : raw) {
            out.add(absolute(location));
        }
        return out;
    }

    /** The folders of the file-system locations (without the {@code {vendor}} ones), in order. */
    public List<Path> folders() {
        List<Path> out = new ArrayList<>();
        for (String location : locations()) {
            if (location.startsWith("filesystem:") && !location.contains("{vendor}")) {
                out.add(Path.of(location.substring("filesystem:".length())));
            }
        }
        return out;
    }

    private String absolute(String location) {
        String trimmed = location.trim();
        if (trimmed.startsWith("classpath:")) {
            String path = trimmed.substring("classpath:".length()).replaceFirst("^/+", "");
            return "filesystem:" + projectDir.resolve("src/main/resources").resolve(path);
        }
        String path = trimmed.startsWith("filesystem:") ? trimmed.substring("filesystem:".length()) : trimmed;
        return "filesystem:" + projectDir.resolve(path).normalize();
    }

    private static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    /** Spring Boot's duration format: {@code 10s}, {@code 500ms}, {@code 2m}, a plain number of milliseconds, ISO-8601. */
    public static Duration duration(String text) {
        Matcher matcher = DURATION.matcher(text);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            String unit = (matcher.group(2) != null) ? matcher.group(2).toLowerCase(Locale.ROOT) : "ms";
            return switch (unit) {
                case "ns" -> Duration.ofNanos(amount);
                case "us" -> Duration.ofNanos(amount * 1000);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> Duration.ofMillis(amount);
            };
        }
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("not a duration (use for example 10s, 500ms, 2m or PT10S)");
        }
    }

    private static boolean bool(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (!t.equals("true") && !t.equals("false")) {
            throw new IllegalArgumentException("not true or false");
        }
        return Boolean.parseBoolean(t);
    }

    private static Map<String, BiConsumer<MigrationsConfig.Builder, String>> keys() {
        Map<String, BiConsumer<MigrationsConfig.Builder, String>> keys = new LinkedHashMap<>();
        keys.put("migrations.schema", MigrationsConfig.Builder::schema);
        keys.put("migrations.create-schema", (b, v) -> b.createSchema(bool(v)));
        keys.put("migrations.table", MigrationsConfig.Builder::table);
        keys.put("migrations.target", MigrationsConfig.Builder::target);
        keys.put("migrations.out-of-order", (b, v) -> b.outOfOrder(bool(v)));
        keys.put("migrations.mixed", (b, v) -> b.mixed(bool(v)));
        keys.put("migrations.placeholder-replacement", (b, v) -> b.placeholderReplacement(bool(v)));
        keys.put("migrations.lock-wait-timeout", (b, v) -> b.lockWaitTimeout(duration(v)));
        keys.put("migrations.lock-wait-log-interval", (b, v) -> b.lockWaitLogInterval(duration(v)));
        keys.put("migrations.lock-timeout", (b, v) -> b.lockTimeout(duration(v)));
        keys.put("migrations.statement-timeout", (b, v) -> b.statementTimeout(duration(v)));
        keys.put("migrations.lock-timeout-retries", (b, v) -> b.lockTimeoutRetries(Integer.parseInt(v)));
        keys.put("migrations.lock-timeout-retry-delay", (b, v) -> b.lockTimeoutRetryDelay(duration(v)));
        keys.put("migrations.connect-timeout", (b, v) -> b.connectTimeout(duration(v)));
        keys.put("migrations.baseline-version", MigrationsConfig.Builder::baselineVersion);
        keys.put("migrations.baseline-description", MigrationsConfig.Builder::baselineDescription);
        keys.put("migrations.baseline-on-migrate", (b, v) -> b.baselineOnMigrate(bool(v)));
        keys.put("migrations.validate-on-migrate", (b, v) -> b.validateOnMigrate(bool(v)));
        keys.put("migrations.encoding", (b, v) -> b.encoding(Charset.forName(v)));
        keys.put("migrations.installed-by", MigrationsConfig.Builder::installedBy);
        return Map.copyOf(keys);
    }

    /** Every {@code migrations.*} key that configures a run, plus the connection keys. */
    public static List<String> knownKeys() {
        List<String> all = new ArrayList<>(CONNECTION_KEYS);
        all.add("migrations.locations");
        all.addAll(KEYS.keySet());
        return all;
    }

    /**
     * The properties the environment sets: {@code SPRING_DATASOURCE_URL}, and for every known key both Boot's form
     * ({@code MIGRATIONS_LOCKTIMEOUT}) and the spelled-out one ({@code MIGRATIONS_LOCK_TIMEOUT}).
     */
    private static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> out = new HashMap<>();
        for (String key : knownKeys()) {
            String upper = key.toUpperCase(Locale.ROOT).replace('.', '_');
            for (String name : List.of(upper.replace("-", ""), upper.replace('-', '_'))) {
                String value = env.get(name);
                if (value != null) {
                    out.put(key, value);
                }
            }
        }
        env.forEach((name, value) -> {
            if (name.startsWith("MIGRATIONS_PLACEHOLDERS_")) {
                out.put(
                        "migrations.placeholders."
                                + name.substring("MIGRATIONS_PLACEHOLDERS_".length())
                                        .toLowerCase(Locale.ROOT),
                        value);
            }
        });
        return out;
    }

    /** Keys as Boot's relaxed binding reads them: lower case, kebab case ({@code lockTimeout}, {@code lock_timeout}). */
    private static Map<String, String> canonical(Map<String, String> properties) {
        Map<String, String> out = new LinkedHashMap<>();
        properties.forEach((key, value) -> out.put(canonicalKey(key), value));
        return out;
    }

    static String canonicalKey(String key) {
        if (key.startsWith("migrations.placeholders.")) {
            return key; // placeholder names are the user's, kept as written
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && key.charAt(i - 1) != '.' && key.charAt(i - 1) != '-') {
                    out.append('-');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append((c == '_') ? '-' : c);
            }
        }
        return out.toString();
    }

    /** What an exception says, or its type when it says nothing. */
    private static String message(RuntimeException ex) {
        String message = ex.getMessage();
        return (message != null) ? message : ex.toString();
    }

    private static MigrationException invalid(String summary, String action) {
        return MigrationException.builder(ErrorCode.INVALID_CONFIGURATION, summary)
                .action(action)
                .build();
    }
}
