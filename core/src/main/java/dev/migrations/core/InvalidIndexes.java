package dev.migrations.core;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The INVALID indexes a failed {@code CREATE INDEX CONCURRENTLY} leaves behind, and which of them a migration is
 * answerable for. One reading for the start (a schema's leftovers stop a run) and for a migration run without a
 * transaction (what it left is named in its failure).
 */
final class InvalidIndexes {

    private InvalidIndexes() {}

    /**
     * The INVALID indexes that no session is building now, as quoted {@code "schema"."index"} names, in every schema
     * when {@code schema} is {@code null}; none where the dialect has no such indexes.
     */
    static List<String> read(Connection connection, Dialect dialect, @Nullable String schema) throws SQLException {
        String sql = dialect.invalidIndexesQuery();
        List<String> names = new ArrayList<>();
        if (sql == null) {
            return names;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                String indexSchema = rs.getString(1);
                if (schema == null || indexSchema.equals(schema)) {
                    names.add(SchemaHistory.quote(indexSchema) + "." + SchemaHistory.quote(rs.getString(2)));
                }
            }
        }
        return names;
    }

    /**
     * Of the INVALID indexes {@code now}, those a migration is answerable for: new since it started ({@code before}),
     * or already INVALID and named in its statements (a {@code CREATE INDEX CONCURRENTLY IF NOT EXISTS} skips an
     * INVALID index of the same name without a word). Java code's statements are unknown ({@code null}).
     */
    static List<String> answerableFor(List<String> now, List<String> before, @Nullable List<SqlStatement> statements) {
        String text = (statements != null)
                ? String.join("\n", statements.stream().map(SqlStatement::sql).toList())
                : "";
        List<String> left = new ArrayList<>();
        for (String index : now) {
            String name = index.substring(index.indexOf("\".\"") + 3, index.length() - 1)
                    .replace("\"\"", "\"");
            boolean named = Pattern.compile("(?i)(^|[^a-z0-9_$])" + Pattern.quote(name) + "($|[^a-z0-9_$])")
                    .matcher(text)
                    .find();
            if (!before.contains(index) || named) {
                left.add(index);
            }
        }
        return left;
    }
}
