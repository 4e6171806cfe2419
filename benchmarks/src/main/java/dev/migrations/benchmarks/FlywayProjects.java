package dev.migrations.benchmarks;

import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * The cost of applying three real Flyway projects (test-support's {@code corpus/flyway-*} sets) from an empty
 * database, Flyway 11 against migrations, in one warm JVM: for each project and round a fresh database per engine,
 * engines alternating first, median of the rounds after a warm-up round that is not counted.
 *
 * <pre>
 * java -cp benchmarks/target/migrations-benchmarks.jar dev.migrations.benchmarks.FlywayProjects \
 *     [--rounds=7] [--corpus=test-support/src/main/resources/corpus] [--host=127.0.0.1] [--port=5432]
 * </pre>
 */
public final class FlywayProjects {

    private static final String[] SETS = {"flyway-marquez", "flyway-kestra", "flyway-covidcert"};

    private FlywayProjects() {}

    public static void main(String[] args) throws Exception {
        Quiet.apply();
        int rounds = 7;
        Path corpus = Path.of("test-support/src/main/resources/corpus");
        String host = "127.0.0.1";
        int port = 5432;
        for (String arg : args) {
            if (arg.startsWith("--rounds=")) {
                rounds = Integer.parseInt(arg.substring("--rounds=".length()));
            } else if (arg.startsWith("--corpus=")) {
                corpus = Path.of(arg.substring("--corpus=".length()));
            } else if (arg.startsWith("--host=")) {
                host = arg.substring("--host=".length());
            } else if (arg.startsWith("--port=")) {
                port = Integer.parseInt(arg.substring("--port=".length()));
            }
        }
        Databases dbs = new Databases(host, port, System.getProperty("user", "postgres"), System.getenv("PGPASSWORD"));
        System.out.println("| project | migrations | Flyway 11 median ms | migrations median ms | ratio |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (String set : SETS) {
            String[] locations = locations(corpus.resolve(set), set);
            List<Double> flyway = new ArrayList<>();
            List<Double> ours = new ArrayList<>();
            int count = 0;
            for (int round = 0; round <= rounds; round++) {
                boolean flywayFirst = round % 2 == 0;
                for (int turn = 0; turn < 2; turn++) {
                    boolean runFlyway = (turn == 0) == flywayFirst;
                    String database = "bench_flyway_projects_" + (runFlyway ? "flyway" : "ours");
                    dbs.create(database);
                    prepare(dbs, database);
                    long start = System.nanoTime();
                    if (runFlyway) {
                        count = Flyway.configure()
                                .dataSource(migrator(dbs, database))
                                .locations(locations)
                                .configuration(Map.of("flyway.postgresql.transactional.lock", "false"))
                                .load()
                                .migrate()
                                .migrationsExecuted;
                    } else {
                        Migrator.create(
                                        migrator(dbs, database),
                                        MigrationsConfig.builder()
                                                .locations(locations)
                                                .table("flyway_schema_history")
                                                .build())
                                .migrate();
                    }
                    double millis = (System.nanoTime() - start) / 1_000_000.0;
                    if (round > 0) {
                        (runFlyway ? flyway : ours).add(millis);
                    }
                    dbs.drop(database);
                    dropRole(dbs, database);
                }
            }
            double f = Results.median(flyway);
            double o = Results.median(ours);
            System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.2f |%n", set, count, f, o, o / f);
            System.out.println("<!-- " + set + " flyway " + flyway + " ours " + ours + " -->");
        }
    }

    /** The project's migration role: not a superuser, as in production (the covidcert callback needs that). */
    private static javax.sql.DataSource migrator(Databases dbs, String database) {
        return Databases.dataSource(dbs.url(database), database + "_migrator", "bench");
    }

    private static Connection admin(Databases dbs, String database) throws java.sql.SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", dbs.user());
        if (dbs.password() != null) {
            properties.setProperty("password", dbs.password());
        }
        return java.sql.DriverManager.getConnection(dbs.url(database), properties);
    }

    private static String[] locations(Path root, String set) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("No corpus set at " + root.toAbsolutePath() + " (see --corpus)");
        }
        List<String> folders = set.equals("flyway-covidcert") ? List.of("common", "postgresql") : List.of("migration");
        return folders.stream()
                .map((folder) -> "filesystem:" + root.resolve(folder).toAbsolutePath())
                .toArray(String[]::new);
    }

    /** The covidcert callback reassigns the user's objects to {@code <db>_role_full}; as superuser it cannot. */
    private static void prepare(Databases dbs, String database) throws Exception {
        try (Connection c = admin(dbs, database);
                Statement s = c.createStatement()) {
            s.execute("DROP ROLE IF EXISTS " + database + "_role_full");
            s.execute("DROP ROLE IF EXISTS " + database + "_migrator");
            s.execute("CREATE ROLE " + database + "_role_full");
            s.execute(
                    "CREATE ROLE " + database + "_migrator LOGIN PASSWORD 'bench' IN ROLE " + database + "_role_full");
            s.execute("GRANT ALL ON SCHEMA public TO " + database + "_role_full");
            s.execute("GRANT ALL ON DATABASE " + database + " TO " + database + "_migrator");
            s.execute("GRANT ALL ON SCHEMA public TO " + database + "_migrator");
        }
    }

    private static void dropRole(Databases dbs, String database) throws Exception {
        try (Connection c = admin(dbs, "postgres");
                Statement s = c.createStatement()) {
            s.execute("DROP ROLE IF EXISTS " + database + "_migrator");
            s.execute("DROP ROLE IF EXISTS " + database + "_role_full");
        }
    }
}
