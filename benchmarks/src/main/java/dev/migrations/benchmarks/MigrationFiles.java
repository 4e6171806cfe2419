package dev.migrations.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates the benchmark's N migrations in each engine's own format, with the same SQL everywhere: migration i
 * creates table {@code t_i}, an index on its {@code name} column and inserts one row.
 *
 * <pre>
 * root/ours/V&lt;i&gt;__t_&lt;i&gt;.sql        this project
 * root/flyway/V&lt;i&gt;__t_&lt;i&gt;.sql      Flyway
 * root/jdbc/V&lt;i&gt;__t_&lt;i&gt;.sql        the plain JDBC lower bound
 * root/liquibase/changelog.sql     Liquibase: one formatted-SQL changelog, one changeset bench:&lt;i&gt; per migration
 * </pre>
 */
public final class MigrationFiles {

    /** Name of the Liquibase changelog inside {@code root/liquibase}. */
    public static final String CHANGELOG = "changelog.sql";

    private MigrationFiles() {}

    /** The statements of migration {@code i}, each ending with a semicolon, one per line. */
    public static String sql(int i) {
        return "CREATE TABLE t_" + i
                + " (id bigserial primary key, name text not null, created_at timestamptz not null default now());\n"
                + "CREATE INDEX t_" + i + "_name_idx ON t_" + i + " (name);\n"
                + "INSERT INTO t_" + i + " (name) VALUES ('row " + i + "');\n";
    }

    /** The file name of migration {@code i} for this project, Flyway and plain JDBC. */
    public static String fileName(int i) {
        return "V" + i + "__t_" + i + ".sql";
    }

    /** Writes the {@code n} migrations under {@code root} for every engine (see the class comment). */
    public static void generate(Path root, int n) throws IOException {
        for (Engine engine : Engine.values()) {
            Path dir = engine.dir(root);
            Files.createDirectories(dir);
            if (engine == Engine.LIQUIBASE) {
                Files.writeString(dir.resolve(CHANGELOG), changelog(n), StandardCharsets.UTF_8);
            } else {
                for (int i = 1; i <= n; i++) {
                    Files.writeString(dir.resolve(fileName(i)), sql(i), StandardCharsets.UTF_8);
                }
            }
        }
    }

    /** Liquibase's formatted-SQL changelog holding the same statements. */
    public static String changelog(int n) {
        StringBuilder text = new StringBuilder("-- liquibase formatted sql\n");
        for (int i = 1; i <= n; i++) {
            text.append("\n-- changeset bench:").append(i).append('\n').append(sql(i));
        }
        return text.toString();
    }
}
