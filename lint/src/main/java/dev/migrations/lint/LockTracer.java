package dev.migrations.lint;

import dev.migrations.core.MigrationScript;
import dev.migrations.core.SqlStatement;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The measuring half of the linter: replays the migrations on a scratch database (created with a random name on the
 * given server, always dropped afterwards) and records, for each statement of the analysed migrations, the lock
 * modes it holds on relations that existed before them (from {@code pg_locks} for its own backend, inside its
 * transaction), whether it rewrote them ({@code relfilenode} changed) and whether it scanned them in full
 * ({@code pg_stat_xact_user_tables.seq_scan}).
 *
 * <p>Each traced statement runs in a transaction of its own, committed before the next one, so that the locks read
 * after it are its own (a transaction keeps every lock until it ends). Statements that PostgreSQL runs only outside
 * a transaction are run in autocommit while a second session holds ROW EXCLUSIVE (a writer's lock) on every existing
 * table: their locks are read while they wait for that writer, and one that never waits takes no lock that blocks
 * writes.
 *
 * @since 0.1.0
 */
public final class LockTracer {

    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");

    /** Lock modes, weakest first, with the names the documentation uses. */
    private static final List<String> MODES = List.of(
            "AccessShareLock",
            "RowShareLock",
            "RowExclusiveLock",
            "ShareUpdateExclusiveLock",
            "ShareLock",
            "ShareRowExclusiveLock",
            "ExclusiveLock",
            "AccessExclusiveLock");

    private static final String RELATIONS = "SELECT c.oid, c.relname, c.relkind, c.relfilenode,"
            + " format('%I.%I', n.nspname, c.relname) FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid >= 16384"
            + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'"
            + " AND n.nspname NOT LIKE 'pg_temp%' AND c.relkind IN ('r', 'p', 'i', 'I', 'm', 'S')";

    private static final String LOCKS = "SELECT relation, mode FROM pg_locks WHERE pid = pg_backend_pid()"
            + " AND locktype = 'relation' AND granted"
            + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    private static final String SCANS = "SELECT relid, seq_scan FROM pg_stat_xact_user_tables";

    private final String url;

    private final Properties properties;

    private LockTracer(String url, Properties properties) {
        this.url = url;
        this.properties = properties;
    }

    /**
     * A tracer that creates its scratch databases on the server of {@code adminUrl} (a {@code jdbc:postgresql:} URL
     * of any database there, for a user allowed to CREATE DATABASE).
     *
     * @param user the user, or {@code null} when the URL names it
     * @param password the password, or {@code null}
     */
    public static LockTracer create(String adminUrl, @Nullable String user, @Nullable String password) {
        if (!URL.matcher(adminUrl).matches()) {
            throw new IllegalArgumentException("Lock tracing needs a jdbc:postgresql://host[:port]/database URL, not "
                    + adminUrl.replaceAll("password=[^&]*", "password=***"));
        }
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "30");
        return new LockTracer(adminUrl, properties);
    }

    /**
     * Replays {@code scripts} in order on a new scratch database and traces the statements of those whose version
     * {@code analysed} accepts. Replay stops at the first failing statement, whose trace carries the error.
     */
    public List<StatementTrace> trace(List<MigrationScript> scripts, Predicate<String> analysed) {
        return trace(scripts, analysed, false);
    }

    /**
     * Replays and traces every migration as if it were deployed on its own: the relations that existed before each
     * migration are the ones reported on (see {@link Linter#lintEach}).
     */
    public List<StatementTrace> traceEach(List<MigrationScript> scripts) {
        return trace(scripts, (version) -> true, true);
    }

    private List<StatementTrace> trace(List<MigrationScript> scripts, Predicate<String> analysed, boolean each) {
        String name = "migrations_lint_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
        try (Connection admin = DriverManager.getConnection(url, properties)) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + name + " TEMPLATE template0");
            }
            try {
                return replay(scratchUrl(name), scripts, analysed, each);
            } finally {
                drop(admin, name);
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "Lock tracing could not use a scratch database on the server of "
                            + url.replaceAll("password=[^&]*", "password=***") + ": " + ex.getMessage(),
                    ex);
        }
    }

    private static void drop(Connection admin, String name) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private String scratchUrl(String database) {
        Matcher m = URL.matcher(url);
        m.matches();
        return m.group(1) + "/" + database + ((m.group(3) != null) ? m.group(3) : "");
    }

    private List<StatementTrace> replay(
            String scratch, List<MigrationScript> scripts, Predicate<String> analysed, boolean each)
            throws SQLException {
        List<StatementTrace> traces = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(scratch, properties);
                Connection writer = DriverManager.getConnection(scratch, properties)) {
            Map<Long, Relation> existing = null;
            for (MigrationScript script : scripts) {
                if (!analysed.test(script.version())) {
                    String error = apply(connection, script);
                    if (error != null) {
                        traces.add(new StatementTrace(
                                script.version(),
                                script.location(),
                                0,
                                "",
                                List.of(),
                                List.of(),
                                List.of(),
                                false,
                                error));
                        return traces;
                    }
                    continue;
                }
                if (existing == null || each) {
                    existing = relations(connection);
                }
                for (SqlStatement statement : script.statements()) {
                    if (Rules.isTransactionControl(new Stmt(statement))) {
                        continue; // each traced statement gets a transaction of its own
                    }
                    StatementTrace trace = trace(connection, writer, script, statement, existing);
                    traces.add(trace);
                    if (trace.error() != null) {
                        return traces;
                    }
                }
            }
        }
        return traces;
    }

    /** Applies an untraced migration as the engine would; returns the error message, or {@code null}. */
    private static @Nullable String apply(Connection connection, MigrationScript script) throws SQLException {
        connection.setAutoCommit(!script.transactional());
        try (Statement statement = connection.createStatement()) {
            for (SqlStatement sql : script.statements()) {
                statement.execute(sql.sql());
            }
            if (script.transactional()) {
                connection.commit();
            }
            return null;
        } catch (SQLException ex) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            return ex.getMessage();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static StatementTrace trace(
            Connection connection,
            Connection writer,
            MigrationScript script,
            SqlStatement sql,
            Map<Long, Relation> existing)
            throws SQLException {
        boolean transactional = !sql.nonTransactional();
        connection.setAutoCommit(!transactional);
        List<String> locks = new ArrayList<>();
        List<String> rewritten = new ArrayList<>();
        List<String> scanned = new ArrayList<>();
        try {
            Map<Long, Long> scansBefore = transactional ? scans(connection) : Map.of();
            boolean observed = transactional;
            if (transactional) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql.sql());
                }
            } else {
                observed = besideAWriter(connection, writer, sql.sql(), existing, locks);
            }
            if (transactional) {
                Map<Long, String> strongest = new TreeMap<>();
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery(LOCKS)) {
                    while (rs.next()) {
                        long oid = rs.getLong(1);
                        if (existing.containsKey(oid)) {
                            strongest.merge(oid, rs.getString(2), LockTracer::stronger);
                        }
                    }
                }
                strongest.forEach((oid, mode) -> locks.add(modeName(mode) + " on " + existing.get(oid)));
                Map<Long, Long> scansAfter = scans(connection);
                scansAfter.forEach((oid, count) -> {
                    if (existing.containsKey(oid) && count > scansBefore.getOrDefault(oid, 0L)) {
                        scanned.add(existing.get(oid).toString());
                    }
                });
            }
            Map<Long, Relation> now = relations(connection);
            for (Relation before : existing.values()) {
                Relation after = now.get(before.oid());
                if (after != null && before.fileNode() != 0 && after.fileNode() != before.fileNode()) {
                    rewritten.add(before.toString());
                }
            }
            if (transactional) {
                connection.commit();
            }
            // a relation rewritten once is compared with its new storage from now on
            now.forEach((oid, relation) -> existing.computeIfPresent(oid, (k, old) -> relation));
            existing.keySet().retainAll(now.keySet()); // and a dropped one is gone
            return new StatementTrace(
                    script.version(),
                    script.location(),
                    sql.line(),
                    sql.sql(),
                    locks,
                    rewritten,
                    scanned,
                    observed,
                    null);
        } catch (SQLException ex) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            return new StatementTrace(
                    script.version(),
                    script.location(),
                    sql.line(),
                    sql.sql(),
                    List.of(),
                    List.of(),
                    List.of(),
                    transactional,
                    ex.getMessage());
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Runs a statement that cannot run in a transaction while {@code writer} holds ROW EXCLUSIVE (what INSERT, UPDATE
     * and DELETE take) on every existing table, and reads the statement's locks from {@code pg_locks} at the moment it
     * waits for that writer: CREATE INDEX CONCURRENTLY waits for it while holding its own lock, VACUUM FULL waits to
     * get ACCESS EXCLUSIVE. A statement that never waits takes no lock that blocks writes. Returns whether it waited.
     */
    private static boolean besideAWriter(
            Connection connection, Connection writer, String sql, Map<Long, Relation> existing, List<String> locks)
            throws SQLException {
        int pid;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            pid = rs.getInt(1);
        }
        writer.setAutoCommit(false);
        boolean waited = false;
        CompletableFuture<Void> run;
        try {
            try (Statement statement = writer.createStatement()) {
                for (Relation relation : existing.values()) {
                    if (relation.kind().equals("r") || relation.kind().equals("p")) {
                        statement.execute("LOCK TABLE " + relation.qualified() + " IN ROW EXCLUSIVE MODE");
                    }
                }
            }
            run = CompletableFuture.runAsync(() -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                } catch (SQLException ex) {
                    throw new CompletionException(ex);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!run.isDone() && !waited && System.nanoTime() < deadline) {
                Map<Long, String> held = new TreeMap<>();
                try (PreparedStatement statement = writer.prepareStatement(
                        "SELECT relation, mode, granted, locktype FROM pg_locks WHERE pid = ?")) {
                    statement.setInt(1, pid);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            waited |= !rs.getBoolean(3);
                            long oid = rs.getLong(1);
                            if ("relation".equals(rs.getString(4)) && existing.containsKey(oid)) {
                                String mode = modeName(rs.getString(2)) + (rs.getBoolean(3) ? "" : " (waiting)");
                                held.merge(oid, mode, (a, b) -> a.contains("waiting") ? a : b);
                            }
                        }
                    }
                }
                if (waited) {
                    held.forEach((oid, mode) -> locks.add(mode + " on " + existing.get(oid)));
                } else {
                    pause();
                }
            }
        } finally {
            writer.rollback(); // the writer lets the statement go on
            writer.setAutoCommit(true);
        }
        try {
            run.get(10, TimeUnit.MINUTES);
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof CompletionException wrapped
                    && wrapped.getCause() instanceof SQLException sql2) {
                throw sql2;
            }
            if (ex.getCause() instanceof SQLException sqlException) {
                throw sqlException;
            }
            throw new IllegalStateException(ex.getCause());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while tracing " + sql, ex);
        } catch (TimeoutException ex) {
            throw new IllegalStateException("The statement did not end within 10 minutes: " + sql, ex);
        }
        return waited;
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<Long, Relation> relations(Connection connection) throws SQLException {
        Map<Long, Relation> relations = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(RELATIONS);
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                relations.put(
                        rs.getLong(1),
                        new Relation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)));
            }
        }
        return relations;
    }

    private static Map<Long, Long> scans(Connection connection) throws SQLException {
        Map<Long, Long> scans = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(SCANS)) {
            while (rs.next()) {
                scans.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return scans;
    }

    private static String stronger(String a, String b) {
        return (MODES.indexOf(a) >= MODES.indexOf(b)) ? a : b;
    }

    /** {@code AccessExclusiveLock} as the documentation names it: {@code ACCESS EXCLUSIVE}. */
    static String modeName(String mode) {
        String words = mode.replaceAll("Lock$", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return words.toUpperCase(Locale.ROOT);
    }

    /** The tables that {@code traces} found rewritten, scanned or locked, for tests and summaries. */
    static Set<String> touched(List<StatementTrace> traces) {
        Set<String> names = new HashSet<>();
        traces.forEach((t) -> {
            names.addAll(t.rewritten());
            names.addAll(t.scanned());
        });
        return names;
    }

    private record Relation(long oid, String name, String kind, long fileNode, String qualified) {

        @Override
        public String toString() {
            String what = switch (kind) {
                case "i", "I" -> "index";
                case "S" -> "sequence";
                case "m" -> "materialized view";
                default -> "table";
            };
            return what + " " + name;
        }
    }
}
