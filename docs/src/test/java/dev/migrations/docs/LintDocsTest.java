package dev.migrations.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.lint.Rule;
import dev.migrations.lint.Rules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the linter's pages true: one page per rule under {@code lint/}, rendered from the rule catalogue, no page for
 * a rule that is gone, and the rule table and example schema of lint.md. With {@code -Dmigrations.docs.update=true}
 * they are rewritten.
 */
class LintDocsTest {

    private static final Path PAGE = Markdown.DOCS.resolve("lint.md");

    private static final Path RULES = Markdown.DOCS.resolve("lint");

    @Test
    void everyRuleHasItsGeneratedPage() throws IOException {
        if (Markdown.update()) {
            Files.createDirectories(RULES);
            for (Rule rule : Rules.catalogue()) {
                Files.writeString(RULES.resolve(rule.id() + ".md"), page(rule), StandardCharsets.UTF_8);
            }
        }
        for (Rule rule : Rules.catalogue()) {
            Path file = RULES.resolve(rule.id() + ".md");
            assertThat(file)
                    .as(rule.id() + " (regenerate with -Dmigrations.docs.update=true)")
                    .exists();
            assertThat(Markdown.read(file)).as(file.toString()).isEqualTo(page(rule));
        }
        Set<String> expected =
                Rules.catalogue().stream().map((r) -> r.id() + ".md").collect(Collectors.toCollection(TreeSet::new));
        try (Stream<Path> files = Files.list(RULES)) {
            Set<String> found =
                    files.map((p) -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(found)
                    .as("pages under docs/lint/ (one per rule, no other)")
                    .isEqualTo(expected);
        }
    }

    @Test
    void theRuleTableAndTheExampleSchemaAreTheCatalogues() {
        StringBuilder table = new StringBuilder("| rule | severity | finds |\n| --- | --- | --- |\n");
        for (Rule rule : Rules.catalogue()) {
            table.append("| [")
                    .append(rule.id())
                    .append("](lint/")
                    .append(rule.id())
                    .append(".md) | ")
                    .append(rule.severity().id())
                    .append(" | ")
                    .append(rule.title())
                    .append(" |\n");
        }
        check("rules", table.toString());
        check("example-schema", "```sql\n" + Rules.EXAMPLE_SCHEMA + "```\n");
    }

    @Test
    void theComparisonNamesEveryRule() {
        String comparison = Markdown.section(PAGE, "comparison");
        List<String> missing = Rules.catalogue().stream()
                .map(Rule::id)
                .filter((id) -> !comparison.contains("`" + id + "`"))
                .toList();
        assertThat(missing).as("rules missing from the comparison table").isEmpty();
    }

    static String page(Rule rule) {
        return "# " + rule.id() + "\n\n"
                + rule.title() + ". Severity: **" + rule.severity().id() + "** (change it with"
                + " `migrations.lint-severity." + rule.id() + "`).\n\n"
                + "## Why\n\n" + wrap(rule.why()) + "\n\n"
                + "## Fires on\n\n```sql\n" + rule.example() + "\n```\n\n"
                + "## Safe alternative\n\n```sql\n" + rule.safe() + "\n```\n\n"
                + "`-- next migration` separates migrations that must run one after the other. The example and the"
                + " safe\nalternative run against the [example schema](../lint.md#example-schema); a test checks that"
                + " the rule fires on\nthe example, and that the safe alternative passes the linter and runs on"
                + " PostgreSQL.\n\n"
                + "Where the risk is understood (a small table, a maintenance window), suppress the finding on the"
                + " statement or\nat the top of the file: `-- migrations:allow " + rule.id() + " <reason>`.\n"
                + "\n[All rules](../lint.md#rules)\n";
    }

    /** Wraps a paragraph at 120 characters, as the other pages are. */
    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int length = 0;
        for (String word : text.split(" ")) {
            if (length > 0 && length + 1 + word.length() > 120) {
                out.append('\n');
                length = 0;
            } else if (length > 0) {
                out.append(' ');
                length++;
            }
            out.append(word);
            length += word.length();
        }
        return out.toString();
    }

    private static void check(String section, String expected) {
        if (Markdown.update()) {
            Markdown.replaceSection(PAGE, section, expected);
        }
        assertThat(Markdown.section(PAGE, section))
                .as("lint.md section " + section
                        + " (regenerate with ./mvnw -pl docs test -Dmigrations.docs.update=true)")
                .isEqualTo(expected);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
