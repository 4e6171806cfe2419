package dev.migrations.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Liquibase {@code update} of the formatted-SQL changelog, as its Spring integration does it (one connection, the
 * {@code Liquibase} facade, messages and update summary to the log as with Spring Boot's defaults).
 */
final class LiquibaseRunner {

    static {
        // Anonymous usage analytics would try to reach the Internet, which this machine cannot: off, like in CI.
        System.setProperty("liquibase.analytics.enabled", "false");
    }

    private LiquibaseRunner() {}

    @SuppressWarnings("deprecation") // the facade Spring's SpringLiquibase itself still uses
    static void migrate(DataSource dataSource, Path dir) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            // Messages to the log rather than the console, as SpringLiquibase does.
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
                try (Liquibase liquibase = new Liquibase(
                        MigrationFiles.CHANGELOG, new DirectoryResourceAccessor(dir.toFile()), database)) {
                    liquibase.setShowSummary(UpdateSummaryEnum.SUMMARY);
                    liquibase.setShowSummaryOutput(UpdateSummaryOutputEnum.LOG);
                    liquibase.update(new Contexts(), new LabelExpression());
                }
            });
        }
    }
}
