package dev.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code migrations} command the documentation shows, through the {@code cli/migrations} launcher, against
 * PostgreSQL: each {@code bash} block of the README and of docs/*.md in a fresh project, and the commands of the
 * table in docs/commands.md, row by row in the order of the table. Each must succeed (exit 0) and print something.
 */
class DocsCommandsIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Path LAUNCHER = Path.of("migrations").toAbsolutePath();

    private static final Pattern BLOCK = Pattern.compile("(?ms)^```bash\\n(.*?)^```");

    private static final Pattern CODE = Pattern.compile("`(migrations [^`]+)`");

    @TempDir
    Path temp;

    @Test
    void theReadmeGettingStartedWorksAsWritten() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<List<String>> blocks = blocks(readme);
        assertThat(blocks).as("the README's migrations blocks").hasSize(2);
        try (Project project = new Project(temp.resolve("readme"))) {
            CliProcess.Result created = project.run(blocks.get(0).get(0));
            assertThat(created.out().strip()).isEqualTo("src/main/resources/db/migrations/V1__create_users.sql");
            // the README's SQL block is what the reader writes into that file
            Matcher sql = Pattern.compile("(?ms)^```sql\\n(.*?)^```").matcher(readme);
            assertThat(sql.find()).isTrue();
            Files.writeString(project.dir.resolve(created.out().strip()), sql.group(1));
            for (String command : blocks.get(1)) {
                project.run(command);
            }
            assertThat(project.run("migrations history").out()).contains("1        applied  create users");
        }
    }

    @Test
    void everyBashBlockOfTheDocsRuns() throws IOException {
        int run = 0;
        try (Stream pages = new Stream(ROOT.resolve("docs"))) {
            for (Path page : pages.files) {
                List<List<String>> blocks = blocks(Files.readString(page));
                for (int i = 0; i < blocks.size(); i++) {
                    try (Project project = new Project(temp.resolve(page.getFileName() + "-" + i))) {
                        for (String command : blocks.get(i)) {
                            project.run(command);
                            run++;
                        }
                    }
                }
            }
        }
        assertThat(run).isGreaterThanOrEqualTo(4);
    }

    @Test
    void everyCommandOfTheCommandsTableRunsInOrder() throws IOException {
        String page = Files.readString(ROOT.resolve("docs/commands.md"));
        String table =
                page.substring(page.indexOf("<!-- commands-table -->"), page.indexOf("<!-- commands-table:end -->"));
        List<String> commands = new ArrayList<>();
        for (String row : table.lines()
                .filter((l) -> l.startsWith("| ") && !l.startsWith("| command") && !l.startsWith("| ---"))
                .toList()) {
            String[] cells = row.split("\\|", -1);
            assertThat(cells).as("a row of five columns: %s", row).hasSizeGreaterThanOrEqualTo(5);
            Matcher code = CODE.matcher(cells[3]);
            int before = commands.size();
            while (code.find()) {
                commands.add(code.group(1));
            }
            assertThat(commands.size())
                    .as("a migrations command in the row %s", row)
                    .isGreaterThan(before);
        }
        try (Project project = new Project(temp.resolve("table"))) {
            project.write(
                    "V1__create_users.sql",
                    "CREATE TABLE users (id BIGINT PRIMARY KEY);\n-- migrate:down\nDROP TABLE users;\n");
            project.write(
                    "V2__add_email.sql",
                    "ALTER TABLE users ADD COLUMN email TEXT;\n-- migrate:down\nALTER TABLE users DROP COLUMN email;\n");
            // the desired schema of diff and check: what the migrations build, so check passes and diff writes nothing
            CliProcess.write(project.dir, "db/schema.sql", "CREATE TABLE users (id BIGINT PRIMARY KEY, email TEXT);\n");
            for (String command : commands) {
                project.run(command);
            }
        }
        assertThat(commands).hasSizeGreaterThanOrEqualTo(22);
    }

    /** The {@code migrations} lines of each bash block that has some. */
    private static List<List<String>> blocks(String markdown) {
        List<List<String>> blocks = new ArrayList<>();
        Matcher block = BLOCK.matcher(markdown);
        while (block.find()) {
            List<String> commands = block.group(1)
                    .lines()
                    .map(String::strip)
                    .filter((l) -> l.startsWith("migrations ") || l.startsWith("cli/migrations "))
                    .toList();
            if (!commands.isEmpty()) {
                blocks.add(commands);
            }
        }
        return blocks;
    }

    /** The docs pages, sorted. */
    private static final class Stream implements AutoCloseable {

        final List<Path> files;

        Stream(Path dir) throws IOException {
            try (var list = Files.list(dir)) {
                files = list.filter((p) -> p.toString().endsWith(".md"))
                        .sorted()
                        .toList();
            }
        }

        @Override
        public void close() {}
    }

    /** A project directory with an application.yml pointing at a database of its own. */
    private static final class Project implements AutoCloseable {

        final Path dir;

        final PostgresTestDatabase db = new PostgresTestDatabase().create();

        final Map<String, String> env = new HashMap<>();

        Project(Path dir) {
            this.dir = dir;
            CliProcess.write(
                    dir,
                    "src/main/resources/application.yml",
                    "spring:\n  datasource:\n    url: " + db.jdbcUrl() + "\n    username: " + db.user()
                            + "\n    password: ${POSTGRES_PASSWORD:}\n");
            if (db.password() != null) {
                env.put("POSTGRES_PASSWORD", db.password());
            }
        }

        void write(String name, String sql) {
            CliProcess.write(dir, "src/main/resources/db/migrations/" + name, sql);
        }

        CliProcess.Result run(String command) {
            List<String> args = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
            String rest = command.substring(command.indexOf(' ') + 1);
            args.addAll(List.of(rest.split(" ")));
            CliProcess.Result result = CliProcess.exec(dir, env, args);
            assertThat(result.exit())
                    .as("%s%nstdout:%n%s%nstderr:%n%s", command, result.out(), result.err())
                    .isZero();
            assertThat(result.out()).as(command).isNotBlank();
            return result;
        }

        @Override
        public void close() {
            db.drop();
        }
    }
}
