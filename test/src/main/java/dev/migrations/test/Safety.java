package dev.migrations.test;

import dev.migrations.core.MigrationException;
import dev.migrations.core.MigrationInfo;
import dev.migrations.core.MigrationScripts;
import dev.migrations.lint.Finding;
import dev.migrations.lint.LintConfig;
import dev.migrations.lint.LintReport;
import dev.migrations.lint.Linter;
import dev.migrations.lint.Reports;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Safety (opt-in): the linter's rules over the migrations that have not reached production yet, those pending on the
 * reference database, or every migration when there is none. Errors fail the test; warnings are only printed.
 */
final class Safety {

    private Safety() {}

    static void check(MigrationsKit kit, Set<String> pending) {
        LintReport report;
        try {
            report = Linter.create(LintConfig.defaults().withServerVersion(serverVersion(kit)))
                    .lint(MigrationScripts.read(kit.config()), pending::contains);
        } catch (MigrationException ex) {
            throw MigrationAssertionError.builder("safety", "the migrations cannot be read for linting.")
                    .cause(ex)
                    .build();
        }
        if (!report.hasErrors()) {
            if (!report.findings().isEmpty()) {
                System.out.println(Reports.text(report));
            }
            return;
        }
        List<Finding> errors =
                report.findings().stream().filter(Finding::isError).toList();
        Finding first = errors.get(0);
        MigrationInfo migration = kit.migrations().stream()
                .filter((m) -> Objects.equals(m.version(), first.version()))
                .findFirst()
                .orElse(null);
        throw MigrationAssertionError.builder(
                        "safety",
                        errors.size() + " lint error(s) in " + report.migrations() + " analysed migration(s): "
                                + errors.stream().map(Finding::rule).distinct().collect(Collectors.joining(", "))
                                + ".")
                .migration(migration)
                .statement(first.statement())
                .findings(Reports.text(report))
                .action("Write the safe alternative each finding names, or suppress a finding on purpose with"
                        + " '-- migrations:allow <rule> <reason>' on the statement.")
                .build();
    }

    private static int serverVersion(MigrationsKit kit) {
        try (Connection connection = kit.server().admin();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW server_version_num")) {
            rows.next();
            return Integer.parseInt(rows.getString(1)) / 10000;
        } catch (SQLException ex) {
            return LintConfig.DEFAULT_SERVER_VERSION;
        }
    }
}
