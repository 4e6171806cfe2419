package dev.migrations.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every command in a {@code bash} block of the docs is run by a test or by CI, so none can slip in untested. A command
 * is allowed when it is
 *
 * <ul>
 *   <li>one of the README's own commands (run by {@code .ci/run} and the sample app's {@code SampleAppJarIT});
 *   <li>a {@code ./mvnw} command that {@code .ci/run} runs, or one listed in {@link #MAVEN} with the test that runs it;
 *   <li>{@code java -jar <jar>} where a test under {@code src/test/java} starts that jar, or {@code .ci/run} runs it
 *       (with arguments);
 *   <li>{@code curl} of a path that a test under {@code src/test/java} (outside this module) requests;
 *   <li>a {@code migrations} command (or {@code cli/migrations}, the launcher): the cli module's
 *       {@code DocsCommandsIT} runs every one of them, block by block, against PostgreSQL.
 * </ul>
 */
class CommandsTest {

    /** Further {@code ./mvnw} commands that may appear in the docs, each with the test or CI step that runs it. */
    private static final Map<String, String> MAVEN = Map.of(
            "./mvnw -q -pl cli -am package -DskipTests",
            "packages cli/target/migrations-cli.jar exactly as ./mvnw verify (run by .ci/run) does before the cli"
                    + " module's integration tests start that jar");

    private static final Pattern CURL = Pattern.compile("^curl(?:\\s+-[a-zA-Z]+)*\\s+'?https?://[^/\\s]+(/[^\\s?']*)");

    private static final Pattern JAR = Pattern.compile("^java -jar (\\S+)$");

    @Test
    void everyCommandInTheDocsIsExercised() {
        List<String> readme = commands(Markdown.blocks(Markdown.ROOT.resolve("README.md")).stream()
                .filter((b) -> b.language().equals("bash"))
                .toList());
        assertThat(readme.stream().filter((c) -> !isCli(c)))
                .as("the README's two build and test commands")
                .hasSize(2);
        String ci = read(Markdown.ROOT.resolve(".ci/run"));
        List<String> tests = testSources();

        List<String> problems = new ArrayList<>();
        List<Markdown.Block> blocks = Markdown.blocks("bash", "sh", "shell", "console");
        for (Markdown.Block block : blocks) {
            for (String command : commands(List.of(block))) {
                if (!allowed(command, readme, ci, tests)) {
                    problems.add(block.where() + ": " + command);
                }
            }
        }
        assertThat(problems)
                .as("commands that no test or CI step runs (see CommandsTest for what is allowed)")
                .isEmpty();
    }

    @Test
    void onlyARealRequestOrProcessCountsAsExercised() {
        List<String> mention =
                List.of("assertThat(body).contains(\"/actuator/migrations\");\nString jar = \"app.jar\";");
        assertThat(requests(mention, "/actuator/migrations", false)).isFalse();
        assertThat(startsJar(mention, "app.jar")).isFalse();
        List<String> real = List.of("HttpResponse<String> r = get(port, \"/actuator/migrations\");\n"
                + "new ProcessBuilder(java, \"-jar\", JAR.toString()); Path JAR = Path.of(\"target/app.jar\");");
        assertThat(requests(real, "/actuator/migrations", false)).isTrue();
        assertThat(requests(real, "/actuator/migrations", true))
                .as("a GET does not exercise a POST")
                .isFalse();
        assertThat(startsJar(real, "app.jar")).isTrue();
    }

    private static boolean allowed(String command, List<String> readme, String ci, List<String> tests) {
        if (readme.contains(command) || MAVEN.containsKey(command)) {
            return true;
        }
        if (command.startsWith("./mvnw ")) {
            return ci.lines().anyMatch((line) -> line.strip().equals(command));
        }
        Matcher jar = JAR.matcher(command);
        if (jar.matches()) {
            return startsJar(tests, Path.of(jar.group(1)).getFileName().toString())
                    || ci.lines().anyMatch((line) -> line.strip().startsWith(command + " "));
        }
        if (isCli(command)) {
            return tests.stream().anyMatch((source) -> source.contains("class DocsCommandsIT"));
        }
        Matcher curl = CURL.matcher(command);
        if (curl.find()) {
            boolean post = command.contains(" -d ") || command.contains("-X POST");
            return requests(tests, curl.group(1), post);
        }
        return false;
    }

    /** A command of the command line, which DocsCommandsIT runs. */
    static boolean isCli(String command) {
        return command.startsWith("migrations ") || command.startsWith("cli/migrations ");
    }

    /** Whether a test starts the jar as a process: {@code "-jar"} and the jar's name in one test file. */
    static boolean startsJar(List<String> tests, String jarName) {
        return tests.stream().anyMatch((source) -> source.contains("\"-jar\"") && source.contains(jarName));
    }

    /**
     * Whether a test sends that request over HTTP: a line that builds a request ({@code get(}, {@code post(},
     * {@code URI.create(}) with the path as a literal, and with {@code post(} when the command posts. A string that
     * merely mentions the path (an assertion, a comment) does not count.
     */
    static boolean requests(List<String> tests, String path, boolean post) {
        Pattern request = Pattern.compile((post ? "\\bpost\\(" : "\\b(?:get\\(|post\\(|URI\\.create\\()") + "[^;\\n]*\""
                + Pattern.quote(path) + "\"");
        return tests.stream().anyMatch((source) -> request.matcher(source).find());
    }

    /** The command lines of the blocks: continuation lines joined, blank lines and comments dropped. */
    private static List<String> commands(List<Markdown.Block> blocks) {
        List<String> commands = new ArrayList<>();
        for (Markdown.Block block : blocks) {
            StringBuilder current = new StringBuilder();
            for (String line : block.content().split("\n")) {
                String text = line.strip();
                if (current.length() == 0 && (text.isEmpty() || text.startsWith("#"))) {
                    continue;
                }
                if (text.endsWith("\\")) {
                    current.append(text, 0, text.length() - 1).append(' ');
                    continue;
                }
                current.append(text.startsWith("$ ") ? text.substring(2) : text);
                commands.add(current.toString().replaceAll("\\s+", " ").strip());
                current.setLength(0);
            }
        }
        return commands;
    }

    /** The test sources of the other modules, one string a file. */
    private static List<String> testSources() {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Markdown.ROOT, 12)) {
            files.filter((p) -> p.toString().endsWith(".java"))
                    .filter((p) -> p.toString().contains("/src/test/java/"))
                    .filter((p) -> !p.startsWith(Markdown.DOCS) && !p.toString().contains("/target/"))
                    .forEach((p) -> sources.add(read(p)));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return sources;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
