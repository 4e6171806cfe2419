package dev.migrations.lint;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Size and write counts of the tables of a real database, read with one query over {@code pg_stat_user_tables}
 * (read-only), to rank findings by how much their table matters ({@code --stats-from URL}).
 *
 * @param tables table name to its statistics
 * @since 0.1.0
 */
public record TableStats(Map<String, Table> tables) {

    /**
     * One table's numbers.
     *
     * @param bytes total size on disk, indexes and TOAST included
     * @param rows estimated live rows
     * @param writes rows inserted, updated and deleted since the statistics were last reset
     */
    public record Table(long bytes, long rows, long writes) {}

    /** Copies the map. */
    public TableStats {
        tables = Map.copyOf(tables);
    }

    /** Reads the statistics over {@code url} (a read-only user is enough); the connection is closed afterwards. */
    public static TableStats read(String url, @Nullable String user, @Nullable String password) {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "30");
        properties.setProperty("readOnly", "true");
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            return read(connection);
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "Could not read table statistics from " + url.replaceAll("password=[^&]*", "password=***") + ": "
                            + ex.getMessage(),
                    ex);
        }
    }

    /** Reads the statistics over an open connection. */
    public static TableStats read(Connection connection) throws SQLException {
        Map<String, Table> tables = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT relname, pg_total_relation_size(relid), n_live_tup,"
                        + " n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables")) {
            while (rs.next()) {
                tables.merge(
                        rs.getString(1),
                        new Table(rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                        (a, b) -> new Table(a.bytes() + b.bytes(), a.rows() + b.rows(), a.writes() + b.writes()));
            }
        }
        return new TableStats(tables);
    }

    /**
     * {@code report} with findings on the largest, busiest tables first, each naming its table's size and writes;
     * findings on tables the statistics do not know keep their order after them.
     */
    public LintReport rank(LintReport report) {
        List<Finding> ranked = new ArrayList<>();
        for (Finding f : report.findings()) {
            Table table = (f.table() != null) ? tables.get(f.table()) : null;
            ranked.add(
                    (table == null)
                            ? f
                            : new Finding(
                                    f.rule(),
                                    f.severity(),
                                    f.version(),
                                    f.file(),
                                    f.line(),
                                    f.message() + " (" + f.table() + ": " + size(table.bytes()) + ", ~" + table.rows()
                                            + " rows, " + table.writes() + " writes since statistics reset)",
                                    f.statement(),
                                    f.table()));
        }
        Comparator<Finding> bySize =
                Comparator.comparingLong((Finding f) -> -weight(f, true)).thenComparingLong((f) -> -weight(f, false));
        ranked.sort(bySize); // stable: unknown tables keep their order
        return report.withFindings(ranked);
    }

    private long weight(Finding f, boolean bytes) {
        Table table = (f.table() != null) ? tables.get(f.table()) : null;
        if (table == null) {
            return -1;
        }
        return bytes ? table.bytes() : table.writes();
    }

    static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return (bytes / 1024) + " kB";
    }
}
