package dev.migrations.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs one {@link Migrator#migrate()} in its own JVM, for the multi-process tests: {@code MigrateMain <jdbcUrl>
 * <user> <location> <schema> [<go-file>]}. With a go-file it first writes {@code <go-file>.ready.<pid>} and waits
 * until the go-file exists, so that all processes start migrating together. Prints {@code FINAL_VERSION=<v>} and
 * {@code EXECUTED=<n>}; exits 0 on success, 1 on a failure (printed).
 */
public final class MigrateMain {

    private MigrateMain() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String location = args[2];
        String schema = args[3];
        if (args.length > 4) {
            Path go = Path.of(args[4]);
            Files.writeString(
                    Path.of(args[4] + ".ready." + ProcessHandle.current().pid()), "ready");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!Files.exists(go)) {
                if (System.nanoTime() > deadline) {
                    System.out.println("GO_TIMEOUT");
                    System.exit(2);
                }
                Thread.sleep(5);
            }
        }
        try {
            MigrationResult result = Migrator.create(
                            new DriverManagerDataSource(url, user, null),
                            MigrationsConfig.builder()
                                    .locations(location)
                                    .schema(schema)
                                    .build())
                    .migrate();
            System.out.println("FINAL_VERSION=" + result.finalVersion());
            System.out.println("EXECUTED=" + result.executed().size());
            System.out.flush();
            System.exit(0);
        } catch (RuntimeException ex) {
            System.out.println("FAILED=" + ex.getMessage().replace('\n', ' '));
            ex.printStackTrace(System.out);
            System.out.flush();
            System.exit(1);
        }
    }
}
