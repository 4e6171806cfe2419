package dev.migrations.benchmarks;

import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * One run in a fresh JVM (W2, fresh JVM): {@code Child <engine> <jdbc-url> <user> <workload-root>} migrates once and
 * exits. The parent times the whole process; the in-process time is printed for reference. Logging is initialised
 * first for every engine, as in any application.
 */
public final class Child {

    private Child() {}

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Quiet.apply();
        // Every application has its logging set up before it migrates; do it here for every engine alike, or the
        // engines that log through SLF4J would pay Logback's start-up that plain JDBC never triggers.
        LoggerFactory.getLogger(Child.class).debug("starting {}", args[0]);
        Engine engine = Engine.of(args[0]);
        String password = System.getenv("PGPASSWORD");
        engine.migrate(Databases.dataSource(args[1], args[2], password), Path.of(args[3]));
        System.out.println("BENCH-IN-PROCESS-MS " + (System.nanoTime() - start) / 1_000_000.0);
        System.exit(0);
    }
}
