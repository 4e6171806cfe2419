package dev.migrations.benchmarks;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * {@code --profile}: counts what each engine asks of the database on W1 and W2 (connections, statements executed,
 * commits), through a JDBC proxy. A statement is a round trip with the PostgreSQL driver (preparing one is not), so
 * the counts show where an engine's time beyond plain JDBC's goes when it is not CPU.
 */
final class Profile {

    private Profile() {}

    static void run(Databases databases, Bench.Options options) throws Exception {
        int n = options.sizes.get(0);
        Path root = Files.createTempDirectory("migrations-profile");
        MigrationFiles.generate(root, n);
        PrintWriter out = new PrintWriter(System.out, true);
        for (Engine engine : Engine.values()) {
            String db = "bench_profile_" + engine.key();
            databases.create(db);
            try {
                for (String phase : new String[] {"W1 cold", "W2 no-op"}) {
                    Counter counter = new Counter();
                    DataSource ds = counter.wrap(databases.dataSource(db));
                    long start = System.nanoTime();
                    engine.migrate(ds, root);
                    double ms = (System.nanoTime() - start) / 1e6;
                    out.printf(
                            Locale.ROOT,
                            "%n== %s, %s, N=%d: %.1f ms, %d connection(s), %d statement(s) executed, %d commit(s),"
                                    + " %d metadata call(s)%n",
                            engine.label(),
                            phase,
                            n,
                            ms,
                            counter.connections.get(),
                            counter.executed.get(),
                            counter.commits.get(),
                            counter.metadata.get());
                    counter.byKind.forEach((kind, count) -> out.printf(Locale.ROOT, "   %6d  %s%n", count.get(), kind));
                }
            } finally {
                databases.drop(db);
            }
        }
    }

    /** Counts calls that reach the server. */
    static final class Counter {
        final AtomicLong connections = new AtomicLong();
        final AtomicLong executed = new AtomicLong();
        final AtomicLong commits = new AtomicLong();
        final AtomicLong metadata = new AtomicLong();
        final Map<String, AtomicLong> byKind = new TreeMap<>();

        DataSource wrap(DataSource target) {
            return proxy(DataSource.class, target, (method, args, result) -> {
                if (method.getName().equals("getConnection")) {
                    connections.incrementAndGet();
                    return proxy(Connection.class, result, this::connection);
                }
                return result;
            });
        }

        private Object connection(Method method, Object[] args, Object result) {
            switch (method.getName()) {
                case "commit" -> commits.incrementAndGet();
                case "getMetaData" -> {
                    return proxy(DatabaseMetaData.class, result, (m, a, r) -> {
                        if (m.getName().startsWith("get") && m.getReturnType() == java.sql.ResultSet.class) {
                            metadata.incrementAndGet();
                            kind("metadata " + m.getName());
                        }
                        return r;
                    });
                }
                case "createStatement" -> {
                    return proxy(Statement.class, result, (m, a, r) -> statement(m, a, null, r));
                }
                case "prepareStatement" -> {
                    String sql = (String) args[0];
                    return proxy(PreparedStatement.class, result, (m, a, r) -> statement(m, a, sql, r));
                }
                default -> {}
            }
            return result;
        }

        private Object statement(Method method, Object[] args, @Nullable String prepared, Object result) {
            if (method.getName().startsWith("execute")) {
                executed.incrementAndGet();
                String sql = (args != null && args.length > 0 && args[0] instanceof String s) ? s : prepared;
                kind(shape(sql));
            }
            return result;
        }

        private synchronized void kind(String kind) {
            byKind.computeIfAbsent(kind, (k) -> new AtomicLong()).incrementAndGet();
        }

        /** The statement with table numbers and literals folded, so that N statements count as one kind. */
        private static String shape(@Nullable String sql) {
            if (sql == null) {
                return "?";
            }
            String shape = sql.replaceAll("\\s+", " ")
                    .replaceAll("t_[0-9]+", "t_#")
                    .replaceAll("'[^']*'", "'…'")
                    .trim();
            return shape.length() > 110 ? shape.substring(0, 110) + "…" : shape;
        }
    }

    @FunctionalInterface
    interface After {
        Object apply(Method method, Object[] args, Object result) throws Exception;
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, Object target, After after) {
        InvocationHandler handler = (p, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException ex) {
                throw ex.getCause();
            }
            return after.apply(method, args, result);
        };
        return (T) Proxy.newProxyInstance(Profile.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
