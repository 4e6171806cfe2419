package dev.migrations.benchmarks;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

/**
 * The compared engines. Each one's code lives in its own class, loaded only when that engine runs, so a child JVM
 * whose class path holds only one engine's jars never touches another's classes.
 */
public enum Engine {
    JDBC("plain JDBC", "jdbc", List.of()),
    OURS("migrations", "ours", List.of("migrations-core", "migrations-spring-boot", "migrations-spring-boot-starter")),
    FLYWAY(
            "Flyway",
            "flyway",
            List.of(
                    "flyway-core",
                    "flyway-database-postgresql",
                    "spring-boot-flyway",
                    "spring-boot-starter-flyway",
                    "jackson-databind",
                    "jackson-annotations",
                    "jackson-core")),
    LIQUIBASE(
            "Liquibase",
            "liquibase",
            List.of(
                    "liquibase-core",
                    "spring-boot-liquibase",
                    "spring-boot-starter-liquibase",
                    "opencsv",
                    "commons-collections4",
                    "commons-text",
                    "commons-lang3",
                    "commons-io"));

    private final String label;
    private final String key;
    private final List<String> artifacts;

    Engine(String label, String key, List<String> artifacts) {
        this.label = label;
        this.key = key;
        this.artifacts = artifacts;
    }

    public String label() {
        return label;
    }

    public String key() {
        return key;
    }

    /** The artifacts that only this engine needs; the other engines' child JVMs run without them. */
    public List<String> artifacts() {
        return artifacts;
    }

    /** This engine's migration folder under a generated workload root. */
    public Path dir(Path root) {
        return root.resolve(key);
    }

    public static Engine of(String key) {
        for (Engine engine : values()) {
            if (engine.key.equals(key)) {
                return engine;
            }
        }
        throw new IllegalArgumentException("Unknown engine " + key);
    }

    /** Applies what is pending (everything on an empty database, nothing on an up-to-date one). */
    public void migrate(DataSource dataSource, Path root) throws Exception {
        Path dir = dir(root);
        switch (this) {
            case JDBC -> PlainJdbc.migrate(dataSource, dir);
            case OURS -> OursRunner.migrate(dataSource, dir);
            case FLYWAY -> FlywayRunner.migrate(dataSource, dir);
            case LIQUIBASE -> LiquibaseRunner.migrate(dataSource, dir);
        }
    }

    /** The table that records this engine's applied migrations. */
    public String historyTable() {
        return switch (this) {
            case JDBC -> PlainJdbc.TABLE;
            case OURS -> "migrations_history";
            case FLYWAY -> "flyway_schema_history";
            case LIQUIBASE -> "databasechangelog";
        };
    }
}
