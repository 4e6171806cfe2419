package dev.migrations.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code --stats-from}: findings on the biggest tables of the real database come first and name their size. */
class TableStatsIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @Test
    void findingsAreRankedByTheSizeOfTheirTable() {
        db.execute("CREATE TABLE orders (id bigint PRIMARY KEY, note text)");
        db.execute("CREATE TABLE users (id bigint PRIMARY KEY, email text)");
        db.execute("INSERT INTO orders SELECT g, repeat('x', 200) FROM generate_series(1, 20000) g");
        db.execute("INSERT INTO users VALUES (1, 'a@example.com')");

        LintReport report = Scripts.lint("CREATE INDEX users_email_idx ON users (email);\n"
                + "DROP TABLE archive;\n"
                + "CREATE INDEX orders_note_idx ON orders (note);");
        assertThat(report.findings()).extracting(Finding::table).containsExactly("users", "archive", "orders");

        TableStats stats = TableStats.read(db.server().jdbcUrl(db.name()), db.user(), db.password());
        assertThat(stats.tables().get("orders").bytes())
                .isGreaterThan(stats.tables().get("users").bytes());

        LintReport ranked = stats.rank(report);
        assertThat(ranked.findings()).extracting(Finding::table).containsExactly("orders", "users", "archive");
        assertThat(ranked.findings().get(0).message())
                .contains("(orders: ")
                .containsPattern("\\d+(\\.\\d)? MB, ~\\d+ rows, \\d+ writes since statistics reset\\)");
        assertThat(ranked.findings().get(2).message()).doesNotContain("(archive");
    }
}
