package dev.migrations.core;

import java.util.ArrayList;
import java.util.List;

/** TEMPORARY stand-in (naive); replaced by the full implementation. */
final class SqlSplitter {
    static List<SqlStatement> split(String sql, String scriptName, int firstLine) {
        List<SqlStatement> out = new ArrayList<>();
        int line = firstLine;
        for (String part : sql.split(";")) {
            String stripped = part.replaceAll("(?m)^\\s*--.*$", "").strip();
            if (!stripped.isEmpty()) {
                int lead = 0;
                while (lead < part.length() && Character.isWhitespace(part.charAt(lead))) {
                    if (part.charAt(lead) == '\n') {
                        line++;
                    }
                    lead++;
                }
                out.add(new SqlStatement(
                        part.strip(), line, stripped.toUpperCase().matches("(?s).*INDEX CONCURRENTLY.*")));
                line += (int)
                        part.substring(lead).chars().filter(c -> c == '\n').count();
            } else {
                line += (int) part.chars().filter(c -> c == '\n').count();
            }
        }
        return out;
    }
}
