package dev.migrations.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.DriverManagerDataSource;
import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import dev.migrations.testsupport.PostgresTestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule of the catalogue fires on its example, and its safe alternative passes the linter and really runs on
 * PostgreSQL through the engine, after the example schema, one migration after the other.
 */
class CatalogueIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    static Path temp;

    /** The configuration a rule's example needs: missing-lock-timeout only applies with the engine's disabled. */
    static LintConfig configFor(Rule rule) {
        LintConfig config = LintConfig.defaults();
        return rule.id().equals("missing-lock-timeout") ? config.withEngineLockTimeout(Duration.ZERO) : config;
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFiresOnItsExample() {
        return Rules.catalogue().stream()
                .map((rule) -> DynamicTest.dynamicTest(rule.id(), () -> {
                    LintReport report = Scripts.lint(configFor(rule), rule.example());
                    assertThat(Scripts.rules(report)).as(rule.example()).contains(rule.id());
                    Finding finding = report.findings().stream()
                            .filter((f) -> f.rule().equals(rule.id()))
                            .findFirst()
                            .orElseThrow();
                    assertThat(finding.severity()).isEqualTo(rule.severity());
                    assertThat(finding.line()).isPositive();
                    assertThat(finding.message()).isNotBlank();
                }));
    }

    @TestFactory
    Stream<DynamicTest> everySafeAlternativePassesTheLinterAndRuns() {
        return Rules.catalogue().stream()
                .map((rule) -> DynamicTest.dynamicTest(rule.id(), () -> {
                    LintReport report = Scripts.lint(configFor(rule), rule.safe());
                    assertThat(report.findings()).as(rule.safe()).isEmpty();
                    run(rule);
                }));
    }

    /** Applies the example schema and the safe alternative through the engine, in a schema of the rule's own. */
    private static void run(Rule rule) throws Exception {
        String schema = "safe_" + rule.id().replace('-', '_');
        Path dir = Files.createDirectories(temp.resolve(schema));
        Files.writeString(dir.resolve("V1__example_schema.sql"), Rules.EXAMPLE_SCHEMA, StandardCharsets.UTF_8);
        List<String> parts = Scripts.parts(rule.safe());
        for (int i = 0; i < parts.size(); i++) {
            Files.writeString(dir.resolve("V" + (i + 2) + "__safe.sql"), parts.get(i), StandardCharsets.UTF_8);
        }
        db.execute("CREATE SCHEMA " + schema);
        String url = db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Migrator migrator = Migrator.create(
                new DriverManagerDataSource(url, db.user(), db.password()),
                MigrationsConfig.builder()
                        .schema(schema)
                        .locations("filesystem:" + dir)
                        .build());
        assertThat(migrator.migrate().executed()).hasSize(parts.size() + 1);
    }
}
