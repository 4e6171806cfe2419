package dev.migrations.core;

import java.util.Map;

/** TEMPORARY stand-in; replaced by the full implementation. */
final class Placeholders {
    static String replace(String sql, Map<String, String> values, String scriptName, int firstLine) {
        if (!sql.contains("${")) {
            return sql;
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            sql = sql.replace("${" + e.getKey() + "}", e.getValue());
        }
        return sql;
    }
}
