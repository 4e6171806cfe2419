package dev.migrations.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules' judgement beyond their catalogue examples: what is new, what is safe, versions, suppressions. */
class RulesTest {

    @Test
    void tablesCreatedInTheAnalysedMigrationsAreNewSoLockingThemIsFine() {
        LintReport report = Scripts.lint("CREATE TABLE items (id bigint PRIMARY KEY, name text, price numeric(8,2));\n"
                + "CREATE INDEX items_name_idx ON items (name);\n"
                + "-- next migration\n"
                + "ALTER TABLE items ALTER COLUMN name SET NOT NULL;\n"
                + "ALTER TABLE items ADD CONSTRAINT items_price CHECK (price > 0);\n"
                + "ALTER TABLE items ALTER COLUMN price TYPE numeric(6,2);\n"
                + "ALTER TABLE items ADD COLUMN token uuid DEFAULT gen_random_uuid();\n"
                + "ALTER TABLE items RENAME COLUMN name TO title;\n"
                + "DROP INDEX items_name_idx;\n"
                + "DROP TABLE items;");
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void aMaterializedViewCreatedInTheMigrationIsNew() {
        assertThat(Scripts.lint("CREATE MATERIALIZED VIEW recent AS SELECT id FROM orders;\n"
                                + "CREATE UNIQUE INDEX recent_id ON recent (id);")
                        .findings())
                .isEmpty();
    }

    @Test
    void aTableCreatedByAnAppliedMigrationIsExisting() {
        LintReport report = Scripts.lint("CREATE TABLE items (id bigint PRIMARY KEY, name text);\n"
                + "-- next migration\n"
                + "CREATE INDEX items_name_idx ON items (name);");
        // V2 created it, but only V3 onwards is analysed here: V2 already ran in production
        LintReport onlyV3 = Linter.create(LintConfig.defaults())
                .lint(
                        Scripts.afterExampleSchema("CREATE TABLE items (id bigint PRIMARY KEY, name text);\n"
                                + "-- next migration\n"
                                + "CREATE INDEX items_name_idx ON items (name);"),
                        (v) -> v.equals("3"));
        assertThat(report.findings()).isEmpty();
        assertThat(Scripts.rules(onlyV3)).containsExactly("index-not-concurrent");
        assertThat(onlyV3.findings().get(0).table()).isEqualTo("items");
        assertThat(onlyV3.findings().get(0).line()).isEqualTo(1);
        assertThat(onlyV3.findings().get(0).file()).isEqualTo("V3__part.sql");
    }

    @Test
    void tablesNoMigrationCreatedAreExisting() {
        assertThat(Scripts.rules(Scripts.lint("CREATE INDEX legacy_idx ON legacy_table (a);")))
                .containsExactly("index-not-concurrent");
    }

    @Test
    void safeTypeChangesAreKnownFromTheDeclaredType() {
        assertThat(Scripts.rules(Scripts.lint("ALTER TABLE orders ALTER COLUMN note TYPE varchar(200);\n"
                        + "ALTER TABLE orders ALTER COLUMN note TYPE text;\n"
                        + "ALTER TABLE orders ALTER COLUMN total TYPE numeric;")))
                .containsExactly("prefer-text"); // varchar(200) is still varchar, but widening it does not rewrite
        assertThat(Scripts.rules(Scripts.lint("ALTER TABLE orders ALTER COLUMN note TYPE varchar(50);")))
                .containsExactly("column-type-change", "prefer-text");
        assertThat(Scripts.rules(Scripts.lint("ALTER TABLE orders ALTER COLUMN note TYPE text USING upper(note);")))
                .containsExactly("column-type-change");
        assertThat(Scripts.rules(Scripts.lint("ALTER TABLE orders ALTER COLUMN status TYPE varchar(20);")))
                .containsExactly("column-type-change", "prefer-text");
    }

    @Test
    void timestampToTimestamptzDoesNotRewriteUnderUtcSinceVersion12() {
        String sql = "ALTER TABLE orders ADD COLUMN sent_at timestamp;\n-- next migration\n"
                + "SET timezone = 'UTC';\nALTER TABLE orders ALTER COLUMN sent_at TYPE timestamptz;";
        LintReport report =
                Linter.create(LintConfig.defaults()).lint(Scripts.afterExampleSchema(sql), (v) -> v.equals("3"));
        assertThat(report.findings()).isEmpty();
        LintReport old = Linter.create(LintConfig.defaults().withServerVersion(11))
                .lint(Scripts.afterExampleSchema(sql), (v) -> v.equals("3"));
        assertThat(Scripts.rules(old)).containsExactly("column-type-change");
        LintReport noUtc = Linter.create(LintConfig.defaults())
                .lint(Scripts.afterExampleSchema(sql.replace("SET timezone = 'UTC';\n", "")), (v) -> v.equals("3"));
        assertThat(Scripts.rules(noUtc)).containsExactly("column-type-change");
    }

    @Test
    void functionsCreatedByMigrationsAreVolatileUnlessDeclaredOtherwise() {
        String function = "CREATE FUNCTION random_code(int) RETURNS text AS $$ SELECT md5(random()::text) $$"
                + " LANGUAGE sql;\nCREATE FUNCTION fixed_code() RETURNS text AS $$ SELECT 'x' $$ LANGUAGE sql IMMUTABLE;";
        assertThat(Scripts.rules(Scripts.lint(
                        function + "\nALTER TABLE orders ADD COLUMN code text NOT NULL DEFAULT random_code(8);")))
                .containsExactly("add-column-volatile-default");
        assertThat(Scripts.lint(function + "\nALTER TABLE orders ADD COLUMN code text NOT NULL DEFAULT fixed_code();")
                        .findings())
                .isEmpty();
    }

    @Test
    void constantAndStableDefaultsDoNotRewriteSinceVersion11() {
        String sql = "ALTER TABLE orders ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();\n"
                + "ALTER TABLE orders ADD COLUMN flag boolean DEFAULT false;";
        assertThat(Scripts.lint(sql).findings()).isEmpty();
        assertThat(Scripts.rules(Scripts.lint(LintConfig.defaults().withServerVersion(10), sql)))
                .containsExactly("add-column-volatile-default");
        assertThat(Scripts.rules(Scripts.lint("ALTER TABLE orders ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY;")))
                .containsExactly("add-column-volatile-default");
        assertThat(Scripts.rules(Scripts.lint("ALTER TABLE orders ADD COLUMN n serial;")))
                .containsExactly("add-column-volatile-default", "prefer-identity");
    }

    @Test
    void setNotNullIsSafeAfterAValidatedCheckOnlySinceVersion12() {
        String sql = "ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\n"
                + "-- next migration\n"
                + "ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\n"
                + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;";
        assertThat(Scripts.lint(sql).findings()).isEmpty();
        assertThat(Scripts.rules(Scripts.lint(LintConfig.defaults().withServerVersion(11), sql)))
                .containsExactly("set-not-null");
        assertThat(Scripts.rules(Scripts.lint("ALTER TABLE users ALTER COLUMN name SET NOT NULL;")))
                .containsExactly("set-not-null");
        // already NOT NULL (declared so, or the primary key): PostgreSQL changes nothing and scans nothing
        assertThat(Scripts.lint("ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';\n"
                                + "-- next migration\n"
                                + "ALTER TABLE users ALTER COLUMN plan DROP DEFAULT;\n"
                                + "ALTER TABLE users ALTER COLUMN plan SET NOT NULL;\n"
                                + "ALTER TABLE users ALTER COLUMN id SET NOT NULL;")
                        .findings())
                .isEmpty();
        assertThat(Scripts.rules(Scripts.lint("ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';\n"
                        + "ALTER TABLE users ALTER COLUMN plan DROP NOT NULL;\n"
                        + "-- next migration\n"
                        + "ALTER TABLE users ALTER COLUMN plan SET NOT NULL;")))
                .containsExactly("set-not-null");
    }

    @Test
    void foreignKeysOnNewTablesAndReferencesOnNewColumns() {
        assertThat(Scripts.lint(
                                "CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id));")
                        .findings())
                .isEmpty();
        assertThat(Scripts.rules(Scripts.lint("ALTER TABLE orders ADD COLUMN payer_id bigint REFERENCES users (id);")))
                .containsExactly("foreign-key-not-valid");
    }

    @Test
    void versionDependentRules() {
        assertThat(Scripts.lint(LintConfig.defaults().withServerVersion(11), "REINDEX INDEX orders_status_idx;")
                        .findings())
                .isEmpty();
        assertThat(Scripts.lint(
                                LintConfig.defaults().withServerVersion(13),
                                "ALTER TABLE events DETACH PARTITION events_2026;")
                        .findings())
                .isEmpty();
    }

    @Test
    void renameWithAViewUnderTheOldNameIsFine() {
        assertThat(Scripts.rules(Scripts.lint("ALTER TABLE orders RENAME TO purchases;\n"
                        + "CREATE OR REPLACE VIEW orders AS SELECT * FROM purchases;")))
                .isEmpty();
    }

    @Test
    void suppressionsOnTheStatementOrAtTheTopOfTheFile() {
        assertThat(Scripts.lint("DROP TABLE archive; -- migrations:allow drop-table unused since 2.3")
                        .findings())
                .isEmpty();
        LintReport top = Scripts.lint("-- migrations:allow drop-column all three are unused since 2.3\n\n"
                + "ALTER TABLE users DROP COLUMN age;\nALTER TABLE users DROP COLUMN name;");
        assertThat(top.findings()).isEmpty();
        assertThat(top.suppressed()).hasSize(2);
        LintReport other = Scripts.lint("ALTER TABLE users DROP COLUMN age;\n"
                + "-- migrations:allow drop-column unused since 2.3\n"
                + "ALTER TABLE users DROP COLUMN name;");
        assertThat(other.findings()).extracting(Finding::line).containsExactly(1);
        LintReport unknown = Scripts.lint("-- migrations:allow drop-tables unused\nDROP TABLE archive;");
        assertThat(unknown.findings()).extracting(Finding::rule).containsExactly("invalid-suppression", "drop-table");
        assertThat(unknown.findings().get(0).message()).contains("unknown rule 'drop-tables'");
    }

    @Test
    void severityOverrides() {
        LintConfig config = LintConfig.defaults()
                .withSeverities(Map.of("index-not-concurrent", Severity.WARNING, "drop-table", Severity.OFF));
        LintReport report =
                Scripts.lint(config, "CREATE INDEX orders_user_idx ON orders (user_id);\nDROP TABLE archive;");
        assertThat(report.findings()).extracting(Finding::rule).containsExactly("index-not-concurrent");
        assertThat(report.hasErrors()).isFalse();
        assertThatThrownBy(() -> LintConfig.defaults().withSeverities(Map.of("no-such-rule", Severity.OFF)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-rule");
    }

    @Test
    void retrySafetyInNoTransactionMigrations() {
        assertThat(Scripts.rules(Scripts.lint("-- migrate:no-transaction\n"
                        + "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_idx ON orders (user_id);")))
                .containsExactly("unsafe-retry");
        assertThat(Scripts.rules(Scripts.lint(
                        "-- migrate:no-transaction\n" + "ALTER TABLE orders ADD COLUMN a text;\nVACUUM orders;")))
                .containsExactly("unsafe-retry");
        assertThat(Scripts.lint("-- migrate:no-transaction\n"
                                + "ALTER TABLE orders ADD COLUMN IF NOT EXISTS a text;\nVACUUM orders;")
                        .findings())
                .isEmpty();
        assertThat(Scripts.rules(Scripts.lint("-- migrate:no-transaction\nBEGIN;\n"
                        + "DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;\nCOMMIT;")))
                .containsExactly("concurrently-in-transaction");
    }

    @Test
    void identifiersAreMeasuredInBytes() {
        String name = "é".repeat(32); // 64 bytes in UTF-8, 32 characters
        assertThat(Scripts.rules(Scripts.lint("ALTER TABLE orders ADD COLUMN \"" + name + "\" text;")))
                .containsExactly("identifier-too-long");
        assertThat(Scripts.lint("ALTER TABLE orders ADD COLUMN " + "a".repeat(63) + " text;")
                        .findings())
                .isEmpty();
    }

    @Test
    void jsonAndSarifCarryTheFindings() {
        LintReport report = Scripts.lint("DROP TABLE archive;\nCREATE INDEX i ON orders (note);");
        String json = Reports.json(report);
        assertThat(json)
                .contains("{\"rule\": \"drop-table\", \"severity\": \"warning\", \"file\": \"V2__part.sql\","
                        + " \"line\": 1, \"message\": ")
                .contains("\"rule\": \"index-not-concurrent\", \"severity\": \"error\"")
                .startsWith("[\n")
                .endsWith("]\n");
        assertThat(Reports.json(Scripts.lint("SELECT 1;"))).isEqualTo("[]\n");
        assertThat(Reports.sarif(report))
                .contains("\"version\": \"2.1.0\"")
                .contains("\"ruleId\": \"index-not-concurrent\", \"level\": \"error\"")
                .contains("\"startLine\": 2");
        assertThat(Reports.text(report))
                .contains("V2__part.sql: 2 finding(s)")
                .contains("line 2 error [index-not-concurrent]")
                .contains("1 migration(s), 2 statement(s): 1 error(s), 1 warning(s), 0 suppressed");
    }
}
