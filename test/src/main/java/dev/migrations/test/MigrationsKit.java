package dev.migrations.test;

import dev.migrations.core.Direction;
import dev.migrations.core.MigrationException;
import dev.migrations.core.MigrationInfo;
import dev.migrations.core.MigrationResult;
import dev.migrations.core.MigrationState;
import dev.migrations.core.MigrationStatus;
import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;

/**
 * The checks of the test kit over one set of migrations, run on scratch databases that it creates on a PostgreSQL
 * server next to the database it is given (and drops again). {@link MigrationsContract} runs them as JUnit tests; they
 * can also be called directly:
 *
 * <pre>
 * try (MigrationsKit kit = MigrationsKit.builder().url("jdbc:postgresql://localhost/app").user("app").build()) {
 *     kit.assertLineage();
 *     kit.assertUpgrade();
 * }
 * </pre>
 *
 * Migrated states are cached as template databases keyed by the migrations' checksums, so repeated runs and other test
 * classes start from a migrated database in milliseconds.
 *
 * @since 0.1.0
 */
public final class MigrationsKit implements AutoCloseable {

    private final Server server;

    private final MigrationsConfig config;

    private final @Nullable String minimumDowngradeVersion;

    private final List<String> keep;

    private final @Nullable String referenceUrl;

    private final List<Class<?>> entities;

    private final List<String> entityPackages;

    private final boolean lint;

    private @Nullable List<MigrationInfo> migrations;

    private @Nullable Templates templates;

    private final List<TestDatabase> databases = new ArrayList<>();

    /** Scratch databases the checks created and have not dropped yet. */
    private final Set<String> scratch = new LinkedHashSet<>();

    private MigrationsKit(Builder builder) {
        this.server = Server.of(Objects.requireNonNull(builder.url, "url"), builder.user, builder.password);
        // the kit decides which version each step goes to; listeners (metrics, logs of the app) stay out of it
        this.config =
                builder.config.toBuilder().target(null).listeners(List.of()).build();
        this.minimumDowngradeVersion = blankToNull(builder.minimumDowngradeVersion);
        if (minimumDowngradeVersion != null && !Versions.valid(minimumDowngradeVersion)) {
            throw new IllegalArgumentException("minimumDowngradeVersion must be a version such as 12 or 1.2, but was '"
                    + minimumDowngradeVersion + "'.");
        }
        this.keep = List.copyOf(builder.keep);
        this.referenceUrl = blankToNull(builder.referenceUrl);
        this.entities = List.copyOf(builder.entities);
        this.entityPackages = List.copyOf(builder.entityPackages);
        this.lint = builder.lint;
    }

    /** A builder; {@link Builder#url(String)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The configuration the migrations run with (locations, placeholders, history table). */
    public MigrationsConfig config() {
        return config;
    }

    /** The oldest version whose down part the stairway and the no-trace check exercise, or {@code null} for all. */
    public @Nullable String minimumDowngradeVersion() {
        return minimumDowngradeVersion;
    }

    /** The objects that a full downgrade may leave behind, as declared. */
    public List<String> keep() {
        return keep;
    }

    /**
     * The local migrations in version order. Reading them needs a database (locations may depend on the vendor), so
     * the first call creates one.
     *
     * @throws MigrationAssertionError when the migrations cannot be read (duplicate versions, bad file names)
     */
    public synchronized List<MigrationInfo> migrations() {
        if (migrations == null) {
            String empty = Server.scratchName();
            server.create(empty, null);
            try {
                MigrationStatus status =
                        Migrator.create(server.dataSource(empty), config).info();
                migrations = status.migrations().stream()
                        .filter((m) -> m.state() == MigrationState.PENDING)
                        .toList();
            } catch (MigrationException ex) {
                server.drop(empty);
                throw MigrationAssertionError.builder("lineage", "the migrations cannot be read.")
                        .cause(ex)
                        .build();
            }
            Templates created = new Templates(server, config, migrations);
            created.publish(empty, 0, migrations);
            created.dropStale();
            templates = created;
        }
        return migrations;
    }

    /** The cache of migrated states, which reading the migrations creates. */
    private synchronized Templates templates() {
        migrations();
        return Objects.requireNonNull(templates, "migrations() creates the templates");
    }

    /** A new scratch database for one test, created on first use and dropped by {@link TestDatabase#close()}. */
    public TestDatabase newDatabase() {
        TestDatabase database = new TestDatabase(this);
        synchronized (databases) {
            databases.add(database);
        }
        return database;
    }

    /**
     * Lineage: the migrations can be read (unique versions, valid names), every up part parses and has its
     * placeholders resolved, and, against the reference database when one is set, no applied migration changed, none
     * is missing, failed, or pending below the newest applied one (unless out-of-order is allowed).
     */
    public void assertLineage() {
        List<MigrationInfo> local = migrations();
        if (local.isEmpty()) {
            throw MigrationAssertionError.builder("lineage", "no migration found in " + config.locations() + ".")
                    .action("Point the kit at the locations of your migrations (migrations.locations).")
                    .build();
        }
        try (TestDatabase database = newDatabase()) {
            database.migrator().dryRun(); // parses every migration and resolves every placeholder, runs nothing
        } catch (MigrationException ex) {
            throw MigrationAssertionError.builder("lineage", "a migration cannot be prepared: " + ex.summary())
                    .migration(find(ex.script()))
                    .direction(Direction.UP)
                    .cause(ex)
                    .build();
        }
        if (referenceUrl != null) {
            Lineage.checkAgainst(Server.of(referenceUrl, null, null), referenceUrl, config, local);
        }
    }

    /** Upgrade: every migration applies, in order, from an empty database to the newest version. */
    public void assertUpgrade() {
        List<MigrationInfo> local = migrations();
        String database = cloneAt(0);
        try {
            MigrationResult result;
            try {
                result = Migrator.create(server.dataSource(database), config).migrate();
            } catch (MigrationException ex) {
                throw MigrationAssertionError.builder(
                                "upgrade", "the upgrade from an empty database to the newest version stopped.")
                        .migration(find(ex.script()))
                        .direction(Direction.UP)
                        .cause(ex)
                        .build();
            }
            String head = local.isEmpty() ? null : local.get(local.size() - 1).version();
            if (!Objects.equals(result.finalVersion(), head)) {
                throw MigrationAssertionError.builder(
                                "upgrade",
                                "the upgrade ended at version " + result.finalVersion() + " instead of " + head + ".")
                        .build();
            }
            // the database now holds every migration, as freshly as a template can: keep it as one
            synchronized (scratch) {
                scratch.remove(database);
            }
            templates().publish(database, local.size(), local);
            database = null;
        } finally {
            if (database != null) {
                release(database);
            }
        }
    }

    /**
     * Stairway, as one dynamic test per migration from {@link #minimumDowngradeVersion()} on: apply it, undo it, check
     * that the schema equals the one before it, apply it again. The tests must run in order (JUnit runs a factory's
     * tests in order); a failed stair does not stop the others.
     */
    public Stream<DynamicTest> stairway() {
        Stairway stairway = new Stairway(this);
        List<MigrationInfo> local = stairway.migrations();
        return IntStream.range(stairway.first(), local.size())
                .mapToObj((i) -> DynamicTest.dynamicTest(
                        "V" + local.get(i).version() + " " + local.get(i).description() + ": up, down, up",
                        source(local.get(i).script()),
                        () -> {
                            try {
                                stairway.step(i);
                            } finally {
                                if (i == local.size() - 1) {
                                    stairway.close();
                                }
                            }
                        }))
                .onClose(stairway::close);
    }

    /** Runs the whole stairway and returns every stair with its failure, for use outside a {@code @TestFactory}. */
    public List<StairwayStep> runStairway() {
        Stairway stairway = new Stairway(this);
        List<StairwayStep> steps = new ArrayList<>();
        try {
            for (int i = stairway.first(); i < stairway.migrations().size(); i++) {
                long start = System.nanoTime();
                AssertionError failure = null;
                boolean skipped = false;
                try {
                    stairway.step(i);
                } catch (MigrationAssertionError ex) {
                    failure = ex;
                } catch (org.opentest4j.TestAbortedException ex) {
                    skipped = true;
                }
                steps.add(new StairwayStep(
                        stairway.migrations().get(i),
                        (MigrationAssertionError) failure,
                        skipped,
                        Duration.ofNanos(System.nanoTime() - start)));
            }
        } finally {
            stairway.close();
        }
        return steps;
    }

    /**
     * Full rollback: applies every migration, then runs every down part in reverse order down to
     * {@link #minimumDowngradeVersion()}, going on past a down part that fails (it is left out, so the failures it
     * causes further down show too). Each failure carries the database's error and, when one is found, the migration
     * undone before it whose down part left the object the error names different from what a clean upgrade builds.
     */
    public FullRollback runFullRollback() {
        return Rollback.run(this);
    }

    /**
     * Downgrade leaves no trace: after applying every migration and undoing them all (down to
     * {@link #minimumDowngradeVersion()}), the schema equals the one before, except for the objects declared in
     * {@link #keep()}.
     */
    public void assertDowngradeLeavesNoTrace() {
        NoTrace.check(this);
    }

    /**
     * Entities match migrations: the schema Hibernate exports for the JPA entities (the given classes, those in the
     * given packages, or the Spring context's) equals the one every migration builds; the failure names each
     * difference and shows the migration that would close it. Needs Hibernate on the class path.
     */
    public void assertEntitiesMatchMigrations() {
        List<Class<?>> classes = new ArrayList<>(entities);
        if (!entityPackages.isEmpty()) {
            classes.addAll(dev.migrations.schema.EntitySchema.scan(
                            Thread.currentThread().getContextClassLoader(), entityPackages)
                    .entities());
        }
        if (classes.isEmpty()) {
            throw MigrationAssertionError.builder("entities", "no JPA entity to compare with the migrations.")
                    .action("Name the packages of the @Entity classes with @MigrationsTest(entityPackages = ...), or"
                            + " run the test class as a @SpringBootTest with JPA.")
                    .build();
        }
        Entities.check(this, classes.stream().distinct().toList());
    }

    /** Whether the safety check (the linter) runs: opt-in. */
    public boolean lint() {
        return lint;
    }

    /**
     * Safety: the linter finds no error in the migrations that are pending on the reference database (every migration
     * when there is none). Warnings are printed, not failed.
     */
    public void assertSafe() {
        Set<String> pending = migrations().stream().map(MigrationInfo::version).collect(Collectors.toSet());
        if (referenceUrl != null) {
            pending = Lineage.pendingOn(Server.of(referenceUrl, null, null), referenceUrl, config);
        }
        Safety.check(this, pending);
    }

    /** Drops every database this kit created for tests (the cached templates stay). */
    @Override
    public void close() {
        synchronized (databases) {
            databases.forEach(TestDatabase::close);
            databases.clear();
        }
        List<String> left;
        synchronized (scratch) {
            left = new ArrayList<>(scratch);
        }
        left.forEach(this::release);
    }

    /** Drops a scratch database made by {@link #cloneAt(int)}. */
    void release(String database) {
        synchronized (scratch) {
            scratch.remove(database);
        }
        server.drop(database);
    }

    private static @Nullable URI source(String script) {
        try {
            if (script.startsWith("classpath:")) {
                String path = script.substring("classpath:".length());
                return new URI("classpath:/" + (path.startsWith("/") ? path.substring(1) : path));
            }
            if (script.startsWith("filesystem:")) {
                return Path.of(script.substring("filesystem:".length())).toUri();
            }
        } catch (URISyntaxException | RuntimeException ex) {
            // no source link in the IDE; the test still runs
        }
        return null;
    }

    Server server() {
        return server;
    }

    /** A new database holding the first {@code count} migrations, copied from their (cached) template. */
    String cloneAt(int count) {
        List<MigrationInfo> local = migrations();
        String database = Server.scratchName();
        try {
            server.create(database, templates().ensure(count, local));
        } catch (IllegalStateException ex) {
            if (!(ex.getCause() instanceof java.sql.SQLException sql) || !"3D000".equals(sql.getSQLState())) {
                throw ex;
            }
            // 3D000: the template was dropped meanwhile (by a kit with newer files): build it again
            server.create(database, templates().ensure(count, local));
        }
        synchronized (scratch) {
            scratch.add(database);
        }
        return database;
    }

    /** How many migrations are at or below {@code version}, which must be a local migration's version. */
    int count(String version) {
        Objects.requireNonNull(version, "version");
        List<MigrationInfo> local = migrations();
        if (!Versions.valid(version)) {
            throw new IllegalArgumentException("'" + version + "' is not a version (such as 3 or 1.2).");
        }
        int count = Versions.countUpTo(local, version);
        if (count == 0 || Versions.compare(Versions.of(local.get(count - 1)), version) != 0) {
            throw new IllegalArgumentException("No migration has version " + version + "; the versions are "
                    + local.stream().map(MigrationInfo::version).toList() + ".");
        }
        return count;
    }

    /** The local migration whose script is {@code script}, or {@code null}. */
    @Nullable
    MigrationInfo find(@Nullable String script) {
        if (script == null || migrations == null) {
            return null;
        }
        return migrations.stream()
                .filter((m) -> script.equals(m.script()) || script.endsWith(fileName(m.script())))
                .findFirst()
                .orElse(null);
    }

    private static String fileName(String script) {
        int slash = Math.max(script.lastIndexOf('/'), script.lastIndexOf(':'));
        return script.substring(slash + 1);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return (value == null || value.isBlank()) ? null : value.trim();
    }

    /** Builder for {@link MigrationsKit}. */
    public static final class Builder {

        private @Nullable String url;

        private @Nullable String user;

        private @Nullable String password;

        private MigrationsConfig config = MigrationsConfig.builder().build();

        private @Nullable String minimumDowngradeVersion;

        private final List<String> keep = new ArrayList<>();

        private @Nullable String referenceUrl;

        private final List<Class<?>> entities = new ArrayList<>();

        private final List<String> entityPackages = new ArrayList<>();

        private boolean lint;

        private Builder() {}

        /**
         * JDBC URL of any database on the PostgreSQL server to use (the kit creates its own databases next to it and
         * leaves this one alone); user and password may be given in it.
         */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder user(@Nullable String user) {
            this.user = user;
            return this;
        }

        public Builder password(@Nullable String password) {
            this.password = password;
            return this;
        }

        /** The engine configuration: locations, placeholders, history table (the default: db/migrations). */
        public Builder config(MigrationsConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * The oldest version whose down part is exercised; older migrations are only applied (for histories whose
         * early downs are irreversible or known broken).
         */
        public Builder minimumDowngradeVersion(@Nullable String minimumDowngradeVersion) {
            this.minimumDowngradeVersion = minimumDowngradeVersion;
            return this;
        }

        /**
         * Objects that a full downgrade may leave behind on purpose, such as {@code "extension pgcrypto"} or
         * {@code "table audit_log"} (kind and name as the schema difference names them).
         */
        public Builder keep(String... objects) {
            keep.addAll(List.of(objects));
            return this;
        }

        /**
         * A database whose history the lineage check compares with the files (a copy of production, a staging
         * database): it must show no changed, failed or missing migration. Only read.
         */
        public Builder referenceUrl(@Nullable String referenceUrl) {
            this.referenceUrl = referenceUrl;
            return this;
        }

        /** The JPA entity classes that the entities check compares with the migrations. */
        public Builder entities(Class<?>... classes) {
            entities.addAll(List.of(classes));
            return this;
        }

        /** Packages whose {@code @Entity} classes the entities check compares with the migrations. */
        public Builder entityPackages(String... packages) {
            entityPackages.addAll(List.of(packages));
            return this;
        }

        /** Whether the safety check runs the linter; off by default. */
        public Builder lint(boolean lint) {
            this.lint = lint;
            return this;
        }

        public MigrationsKit build() {
            if (url == null || url.isBlank()) {
                throw new IllegalArgumentException("The migrations test kit needs the JDBC URL of a PostgreSQL"
                        + " database; give it with url(...), @MigrationsTest(url = ...), a Testcontainers container"
                        + " field, or a Spring test context.");
            }
            return new MigrationsKit(this);
        }
    }
}
