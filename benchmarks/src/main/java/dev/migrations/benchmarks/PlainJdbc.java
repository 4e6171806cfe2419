package dev.migrations.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * The lower bound: the least a migration tool must do, written directly against JDBC. It lists and reads the files,
 * reads the history table once and compares checksums, then runs each pending migration's statements and one history
 * insert in one transaction. No lock, no validation beyond checksums, no logging.
 */
public final class PlainJdbc {

    public static final String TABLE = "jdbc_history";

    private PlainJdbc() {}

    /** A migration file: version, name, statements and CRC32 of its text. */
    record Local(int version, String script, List<String> statements, int checksum) {}

    /** Applies the pending migrations of {@code dir}; returns how many ran. */
    public static int migrate(DataSource dataSource, Path dir) throws SQLException, IOException {
        List<Local> local = scan(dir);
        try (Connection connection = dataSource.getConnection()) {
            Map<Integer, Integer> applied = readHistory(connection);
            List<Local> pending = new ArrayList<>();
            for (Local migration : local) {
                Integer checksum = applied.get(migration.version());
                if (checksum == null) {
                    pending.add(migration);
                } else if (checksum != migration.checksum()) {
                    throw new IllegalStateException(migration.script() + " changed after it was applied");
                }
            }
            if (pending.isEmpty()) {
                return 0;
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                            + " (version, script, checksum, execution_time, success) VALUES (?, ?, ?, ?, true)")) {
                for (Local migration : pending) {
                    long start = System.nanoTime();
                    for (String sql : migration.statements()) {
                        statement.execute(sql);
                    }
                    insert.setInt(1, migration.version());
                    insert.setString(2, migration.script());
                    insert.setInt(3, migration.checksum());
                    insert.setInt(4, (int) ((System.nanoTime() - start) / 1_000_000));
                    insert.executeUpdate();
                    connection.commit();
                }
            } catch (SQLException | RuntimeException ex) {
                connection.rollback();
                throw ex;
            }
            return pending.size();
        }
    }

    /** Version to checksum, creating the history table when it does not exist yet. */
    private static Map<Integer, Integer> readHistory(Connection connection) throws SQLException {
        Map<Integer, Integer> applied = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT version, checksum FROM " + TABLE)) {
            while (rs.next()) {
                applied.put(rs.getInt(1), rs.getInt(2));
            }
        } catch (SQLException ex) {
            if (!"42P01".equals(ex.getSQLState())) {
                throw ex;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE " + TABLE + " (version INTEGER PRIMARY KEY, script TEXT NOT NULL,"
                        + " checksum INTEGER NOT NULL, installed_on TIMESTAMPTZ NOT NULL DEFAULT now(),"
                        + " execution_time INTEGER NOT NULL, success BOOLEAN NOT NULL)");
            }
        }
        return applied;
    }

    static List<Local> scan(Path dir) throws IOException {
        List<Local> local = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (!name.startsWith("V") || !name.endsWith(".sql")) {
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                CRC32 crc = new CRC32();
                crc.update(text.getBytes(StandardCharsets.UTF_8));
                local.add(new Local(Integer.parseInt(name.substring(1, name.indexOf("__"))), name, split(text), (int)
                        crc.getValue()));
            }
        }
        local.sort(Comparator.comparingInt(Local::version));
        return local;
    }

    /** The generated files hold simple statements ending with ';' (no strings or bodies with semicolons). */
    static List<String> split(String text) {
        List<String> statements = new ArrayList<>();
        for (String part : text.split(";")) {
            String sql = part.strip();
            if (!sql.isEmpty()) {
                statements.add(sql);
            }
        }
        return statements;
    }
}
