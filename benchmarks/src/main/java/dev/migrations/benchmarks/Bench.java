package dev.migrations.benchmarks;

import dev.migrations.benchmarks.Results.Workload;
import dev.migrations.benchmarks.boot.BenchApp;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The benchmark: this project against Flyway, Liquibase and plain JDBC on one PostgreSQL, engines alternating within
 * each round (the order rotates from round to round), medians and min/max over the rounds, and every result as a
 * ratio to plain JDBC in the same round. See docs/benchmarks.md for the command and the method.
 *
 * <pre>
 * java -jar benchmarks/target/migrations-benchmarks.jar [--quick] [--sizes=100,1000] [--rounds=5]
 *      [--rounds-large=3] [--workloads=w1,w2,w3] [--out=docs/benchmarks.md] [--host=127.0.0.1] [--port=5432]
 *      [--user=postgres] [--profile]
 * </pre>
 */
public final class Bench {

    static final String MARK_START = "<!-- results:start -->";
    static final String MARK_END = "<!-- results:end -->";

    /** Boot application variants of W3, mapped to the engine whose jars they run with. */
    enum Variant {
        JDBC("jdbc", Engine.JDBC),
        OURS("ours", Engine.OURS),
        OURS_STARTER("ours-starter", Engine.OURS),
        FLYWAY("flyway", Engine.FLYWAY),
        LIQUIBASE("liquibase", Engine.LIQUIBASE);

        final String key;
        final Engine engine;

        Variant(String key, Engine engine) {
            this.key = key;
            this.engine = engine;
        }
    }

    private final Options options;
    private final Databases databases;
    private final Results results = new Results();
    private final List<String> classpath;
    private final Path logDir;
    private final List<String> loads = new ArrayList<>();
    private final boolean starter;
    private double maxLoad;

    private Bench(Options options) throws IOException {
        this.options = options;
        this.databases = new Databases(options.host, options.port, options.user, System.getenv("PGPASSWORD"));
        this.classpath = Machine.classpath();
        this.logDir = Files.createTempDirectory("migrations-bench-logs");
        this.starter =
                classpath.stream().anyMatch((entry) -> Machine.isArtifact(entry, "migrations-spring-boot-starter"));
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("liquibase.analytics.enabled", "false");
        Quiet.apply();
        Options options = Options.parse(args);
        Bench bench = new Bench(options);
        if (options.profile) {
            Profile.run(bench.databases, options);
            return;
        }
        bench.run();
    }

    private void run() throws Exception {
        databases.dropLeftovers();
        ZonedDateTime started = ZonedDateTime.now();
        loads.add("start " + Machine.load());
        log("Load at start: " + Machine.load() + "; logs of child processes in " + logDir);
        log("W3 variant for this project: "
                + (starter
                        ? "migrations-spring-boot-starter (migrations.locations)"
                        : "Migrator bean (starter not on the class path)"));
        Path work = Files.createTempDirectory("migrations-bench");
        try {
            warmUp(work);
            for (int n : options.sizes) {
                Path root = work.resolve("n" + n);
                MigrationFiles.generate(root, n);
                int rounds = (n >= 1000) ? options.roundsLarge : options.rounds;
                for (int round = 1; round <= rounds; round++) {
                    log("N=" + n + " round " + round + "/" + rounds + " (load " + Machine.load() + ")");
                    maxLoad = Math.max(maxLoad, Machine.load1());
                    round(root, n, round);
                }
                loads.add("after N=" + n + " " + Machine.load());
            }
        } finally {
            deleteTree(work);
        }
        loads.add("end " + Machine.load());
        maxLoad = Math.max(maxLoad, Machine.load1());
        loads.add(String.format(Locale.ROOT, "highest 1-min value seen at a round start or the end: %.2f", maxLoad));
        String report = report(started);
        System.out.println();
        System.out.println(report);
        write(options.out, report);
        log("Written to " + options.out.toAbsolutePath());
    }

    /** One untimed cold and no-op run of each engine, so no engine pays the JIT and class loading of the others. */
    private void warmUp(Path work) throws Exception {
        Path root = work.resolve("warmup");
        MigrationFiles.generate(root, 50);
        for (Engine engine : Engine.values()) {
            String db = "bench_warmup_" + engine.key();
            databases.create(db);
            try {
                DataSource ds = databases.dataSource(db);
                for (int i = 0; i < 3; i++) {
                    engine.migrate(ds, root);
                }
            } finally {
                databases.drop(db);
            }
        }
    }

    private void round(Path root, int n, int round) throws Exception {
        List<Engine> order = rotate(Arrays.asList(Engine.values()), round);
        // the database of each engine in this round: one name per engine, no map lookup that could miss
        Function<Engine, String> dbs = (engine) -> "bench_" + engine.key() + "_" + n;
        for (Engine engine : order) {
            databases.create(dbs.apply(engine));
        }
        try {
            if (options.workloads.contains("w1") || options.workloads.contains("w2")) {
                for (Engine engine : order) {
                    DataSource ds = databases.dataSource(dbs.apply(engine));
                    long start = System.nanoTime();
                    engine.migrate(ds, root);
                    double ms = millis(start);
                    databases.verify(dbs.apply(engine), engine, n);
                    results.add(Workload.W1_COLD, n, engine.label(), round, ms);
                }
            }
            if (options.workloads.contains("w2")) {
                for (Engine engine : order) {
                    DataSource ds = databases.dataSource(dbs.apply(engine));
                    List<Double> reps = new ArrayList<>();
                    List<Double> cpu = new ArrayList<>();
                    List<Double> allocated = new ArrayList<>();
                    for (int i = 0; i < options.noopReps; i++) {
                        long allocatedStart = allocatedBytes();
                        long cpuStart = processCpuNanos();
                        long start = System.nanoTime();
                        engine.migrate(ds, root);
                        reps.add(millis(start));
                        cpu.add((processCpuNanos() - cpuStart) / 1_000_000.0);
                        allocated.add((allocatedBytes() - allocatedStart) / 1_048_576.0);
                    }
                    results.add(Workload.W2_WARM, n, engine.label(), round, Results.median(reps));
                    // CPU time of the harness JVM's threads: what a loaded machine's waiting does not inflate
                    results.add(Workload.W2_WARM_CPU, n, engine.label(), round, Results.median(cpu));
                    // heap allocated per run: garbage a start leaves behind, independent of the machine's load
                    results.add(Workload.W2_WARM_ALLOC, n, engine.label(), round, Results.median(allocated));
                }
                for (Engine engine : order) {
                    results.add(Workload.W2_FRESH, n, engine.label(), round, child(engine, dbs.apply(engine), root));
                }
            }
        } finally {
            for (Engine engine : order) {
                databases.drop(dbs.apply(engine)); // IF EXISTS: also after a create that failed
            }
        }
        if (options.workloads.contains("w3")) {
            List<Variant> variants = new ArrayList<>();
            for (Engine engine : order) {
                variants.add((engine == Engine.OURS && starter) ? Variant.OURS_STARTER : variantOf(engine));
            }
            for (Variant variant : variants) {
                String db = "bench_boot_" + variant.engine.key() + "_" + n;
                databases.create(db);
                try {
                    BootRun cold = boot(variant, db, root);
                    databases.verify(db, variant.engine, n);
                    BootRun noop = boot(variant, db, root);
                    results.add(Workload.W3_COLD, n, label(variant), round, cold.millis);
                    results.addRss(Workload.W3_COLD, n, label(variant), cold.peakRssMib);
                    results.add(Workload.W3_NOOP, n, label(variant), round, noop.millis);
                    results.addRss(Workload.W3_NOOP, n, label(variant), noop.peakRssMib);
                } finally {
                    databases.drop(db);
                }
            }
        }
    }

    private static Variant variantOf(Engine engine) {
        return switch (engine) {
            case JDBC -> Variant.JDBC;
            case OURS -> Variant.OURS;
            case FLYWAY -> Variant.FLYWAY;
            case LIQUIBASE -> Variant.LIQUIBASE;
        };
    }

    /** W3 results are labelled like the other workloads' so that ratios pair up with plain JDBC's. */
    private static String label(Variant variant) {
        return variant.engine.label();
    }

    private static <T> List<T> rotate(List<T> list, int round) {
        List<T> rotated = new ArrayList<>(list);
        java.util.Collections.rotate(rotated, -(round - 1));
        return rotated;
    }

    /**
     * CPU time of every live thread of this JVM, in nanoseconds (the process's own counter ticks in 10 ms steps, too
     * coarse for one no-op run); the threads an engine uses (a connection opener, a pool's) live across the runs.
     */
    private static long processCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            if (cpu > 0) {
                total += cpu;
            }
        }
        return total;
    }

    /**
     * Bytes allocated on the heap so far by every live thread of this JVM (HotSpot's per-thread counters; -1 where
     * the JVM does not count): the engine's own threads (a connection opener) allocate too, and live across the runs.
     */
    private static long allocatedBytes() {
        if (!(java.lang.management.ManagementFactory.getThreadMXBean()
                instanceof com.sun.management.ThreadMXBean threads)) {
            return -1;
        }
        long total = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            if (bytes > 0) {
                total += bytes;
            }
        }
        return total;
    }

    /** W2 in a fresh JVM: wall time of a child process that does one no-op run. */
    private double child(Engine engine, String db, Path root) throws Exception {
        List<String> command = java(engine, false);
        command.add(Child.class.getName());
        command.add(engine.key());
        command.add(databases.url(db));
        command.add(databases.user());
        command.add(root.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logDir.resolve("child-" + engine.key() + ".log").toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Child " + engine + " did not finish");
        }
        double ms = millis(start);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Child " + engine + " failed, see " + logDir);
        }
        return ms;
    }

    private record BootRun(double millis, double peakRssMib) {}

    /** W3: one Boot application process, timed from its start to its ready marker; peak RSS read before it stops. */
    private BootRun boot(Variant variant, String db, Path root) throws Exception {
        List<String> command = java(variant.engine, true);
        command.add(BenchApp.class.getName());
        command.add("--bench.variant=" + variant.key);
        command.add("--bench.dir=" + variant.engine.dir(root).toAbsolutePath());
        command.add("--spring.datasource.url=" + databases.url(db));
        command.add("--spring.datasource.username=" + databases.user());
        switch (variant) {
            case FLYWAY ->
                command.add("--spring.flyway.locations=filesystem:"
                        + variant.engine.dir(root).toAbsolutePath());
            case LIQUIBASE ->
                command.add("--spring.liquibase.change-log=file:"
                        + variant.engine
                                .dir(root)
                                .resolve(MigrationFiles.CHANGELOG)
                                .toAbsolutePath());
            case OURS_STARTER ->
                command.add("--migrations.locations=filesystem:"
                        + variant.engine.dir(root).toAbsolutePath());
            default -> {}
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Path log = logDir.resolve("boot-" + variant.key + ".log");
        long start = System.nanoTime();
        Process process = builder.start();
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(10, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        double ms = -1;
        double rss;
        try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter copy = new PrintWriter(Files.newBufferedWriter(log))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals(BenchApp.READY)) {
                    ms = millis(start);
                    break;
                }
                copy.println(line);
            }
            if (ms < 0) {
                throw new IllegalStateException("Boot app " + variant.key + " stopped before it was ready, see " + log);
            }
            rss = Machine.peakRssMib(process.pid());
            try (OutputStream in = process.getOutputStream()) {
                in.write('\n');
            }
            while ((line = out.readLine()) != null) {
                copy.println(line);
            }
        }
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new BootRun(ms, rss);
    }

    /** {@code java} with the same flags for every engine and only that engine's jars (plus the shared ones). */
    private List<String> java(Engine engine, boolean boot) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(String.join(File.pathSeparator, Machine.classpathFor(classpath, engine)));
        command.add("-Dliquibase.analytics.enabled=false");
        if (!boot) {
            command.add("-Dlogback.configurationFile=" + Quiet.CHILD_LOGBACK);
        }
        return command;
    }

    private String report(ZonedDateTime started) throws Exception {
        List<String> order = Arrays.stream(Engine.values()).map(Engine::label).toList();
        StringBuilder md = new StringBuilder();
        md.append("Run of ")
                .append(started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
                .append(", ")
                .append(options.quick ? "`--quick` mode" : "full mode")
                .append(": sizes ")
                .append(options.sizes)
                .append(", ")
                .append(options.rounds)
                .append(" rounds (")
                .append(options.roundsLarge)
                .append(" for N ≥ 1,000), W2 warm = median of ")
                .append(options.noopReps)
                .append(" no-op runs per round; W3 \"migrations\" = ")
                .append(
                        starter
                                ? "`migrations-spring-boot-starter`"
                                : "`Migrator` bean stand-in (starter not built yet)")
                .append(".\n\n");
        md.append(results.table(Engine.JDBC.label(), Engine.OURS.label(), order));
        md.append("\n");
        md.append("| Environment | |\n|---|---|\n");
        md.append("| migrations | ")
                .append(Machine.versionOf(classpath, "migrations-core"))
                .append(" |\n");
        md.append("| Flyway | ")
                .append(Machine.versionOf(classpath, "flyway-core"))
                .append(" (flyway-core + flyway-database-postgresql, managed by Spring Boot ")
                .append(Machine.versionOf(classpath, "spring-boot"))
                .append(") |\n");
        md.append("| Liquibase | ")
                .append(Machine.versionOf(classpath, "liquibase-core"))
                .append(" |\n");
        md.append("| Spring Boot | ")
                .append(Machine.versionOf(classpath, "spring-boot"))
                .append(" (HikariCP ")
                .append(Machine.versionOf(classpath, "HikariCP"))
                .append(") |\n");
        md.append("| PostgreSQL JDBC driver | ")
                .append(Machine.versionOf(classpath, "postgresql"))
                .append(" |\n");
        md.append("| JDK | ")
                .append(System.getProperty("java.vm.name"))
                .append(" ")
                .append(System.getProperty("java.runtime.version"))
                .append(" (default flags, same for every child JVM) |\n");
        md.append("| PostgreSQL | ")
                .append(databases.serverVersion())
                .append(" on ")
                .append(options.host)
                .append(":")
                .append(options.port)
                .append(" (fsync ")
                .append(databases.setting("fsync"))
                .append(", synchronous_commit ")
                .append(databases.setting("synchronous_commit"))
                .append(", shared_buffers ")
                .append(databases.setting("shared_buffers"))
                .append(") |\n");
        md.append("| CPU | ")
                .append(Machine.cpuModel())
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores |\n");
        md.append("| Memory | ").append(Machine.memory()).append(" |\n");
        md.append("| OS | ")
                .append(System.getProperty("os.name"))
                .append(" ")
                .append(System.getProperty("os.version"))
                .append(" |\n");
        md.append("| Load average (1/5/15 min) | ")
                .append(String.join("; ", loads))
                .append(" |\n");
        return md.toString();
    }

    /** Replaces the results section of {@code out}, or writes a new file from the template. */
    static void write(Path out, String report) throws IOException {
        String text;
        if (Files.exists(out)) {
            text = Files.readString(out);
        } else {
            try (var in = Bench.class.getResourceAsStream("/benchmarks-template.md")) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        int start = text.indexOf(MARK_START);
        int end = text.indexOf(MARK_END);
        if (start < 0 || end < start) {
            text = text + "\n" + MARK_START + "\n" + MARK_END + "\n";
            start = text.indexOf(MARK_START);
            end = text.indexOf(MARK_END);
        }
        text = text.substring(0, start + MARK_START.length()) + "\n" + report + text.substring(end);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, text);
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    static void log(String message) {
        System.out.printf(Locale.ROOT, "[bench %tT] %s%n", System.currentTimeMillis(), message);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Command-line options. */
    static final class Options {
        boolean quick;
        boolean profile;
        List<Integer> sizes = List.of(100, 1000);
        int rounds = 5;
        int roundsLarge = 3;
        int noopReps = 5;
        List<String> workloads = List.of("w1", "w2", "w3");
        Path out = Path.of("docs", "benchmarks.md");
        String host = "127.0.0.1";
        int port = 5432;
        String user = "postgres";

        static Options parse(String[] args) {
            Options options = new Options();
            for (String arg : args) {
                if (arg.equals("--quick")) {
                    options.quick = true;
                    options.sizes = List.of(100);
                    options.rounds = 2;
                    options.roundsLarge = 2;
                    options.noopReps = 3;
                }
            }
            for (String arg : args) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
                if (arg.equals("--quick")) {
                    continue;
                } else if (arg.equals("--profile")) {
                    options.profile = true;
                } else if (arg.startsWith("--sizes=")) {
                    options.sizes = Arrays.stream(value.split(","))
                            .map(Integer::valueOf)
                            .toList();
                } else if (arg.startsWith("--rounds=")) {
                    options.rounds = Integer.parseInt(value);
                } else if (arg.startsWith("--rounds-large=")) {
                    options.roundsLarge = Integer.parseInt(value);
                } else if (arg.startsWith("--noop-reps=")) {
                    options.noopReps = Integer.parseInt(value);
                } else if (arg.startsWith("--workloads=")) {
                    options.workloads =
                            Arrays.asList(value.toLowerCase(Locale.ROOT).split(","));
                } else if (arg.startsWith("--out=")) {
                    options.out = Path.of(value);
                } else if (arg.startsWith("--host=")) {
                    options.host = value;
                } else if (arg.startsWith("--port=")) {
                    options.port = Integer.parseInt(value);
                } else if (arg.startsWith("--user=")) {
                    options.user = value;
                } else {
                    throw new IllegalArgumentException("Unknown option " + arg + "; see docs/benchmarks.md");
                }
            }
            return options;
        }
    }
}
