package dev.migrations.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Keeps the startup failures quoted in troubleshooting.md true. A {@code text} block marked
 * {@code <!-- failure-analysis: <scenario> -->} quotes what Spring Boot prints under {@code APPLICATION FAILED TO
 * START}; each scenario here starts a real Spring Boot application with the starter against PostgreSQL (or a closed
 * port, a silent one, an unknown host), lets it fail, and compares the printed report with the quote ({@code …} stands
 * for text that differs between runs, within one line). The unresolved {@code ${POSTGRES_PASSWORD}} case must stay the
 * page's first section.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailureAnalysisIT {

    private static final Path PAGE = Markdown.DOCS.resolve("troubleshooting.md");

    private static final String MARKER = "failure-analysis:";

    private static final String BANNER = "***************************\nAPPLICATION FAILED TO START\n";

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    /** The arguments of each scenario's application; each may open what it needs (and closes it after the run). */
    private static final Map<String, Scenario> SCENARIOS = new LinkedHashMap<>();

    static {
        SCENARIOS.put(
                "unresolved-password",
                (resources) -> List.of(
                        "--spring.datasource.url=" + db.jdbcUrl(),
                        "--spring.datasource.username=" + db.user(),
                        "--spring.datasource.password=${POSTGRES_PASSWORD}"));
        SCENARIOS.put(
                "wrong-password",
                (resources) -> List.of(
                        "--spring.datasource.url=" + db.jdbcUrl(),
                        "--spring.datasource.username=" + db.createRoleWithPassword("s3cret"),
                        "--spring.datasource.password=not-the-password"));
        SCENARIOS.put(
                "missing-database",
                (resources) -> List.of(
                        "--spring.datasource.url=" + db.server().jdbcUrl("orders"),
                        "--spring.datasource.username=" + db.user(),
                        "--spring.datasource.password=" + ((db.password() != null) ? db.password() : "")));
        SCENARIOS.put(
                "connection-refused",
                (resources) -> withApplicationDatabase(
                        "--migrations.url=jdbc:postgresql://127.0.0.1:1/orders", "--migrations.user=orders_owner"));
        SCENARIOS.put(
                "unknown-host",
                (resources) -> withApplicationDatabase(
                        "--migrations.url=jdbc:postgresql://postgres.invalid:5432/orders",
                        "--migrations.user=orders_owner"));
        SCENARIOS.put("connect-timeout", (resources) -> {
            // accepts TCP connections (the backlog) but never answers the driver, like a server behind a firewall
            ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            resources.add(silent);
            return withApplicationDatabase(
                    "--migrations.url=jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/orders",
                    "--migrations.user=orders_owner",
                    "--migrations.connect-timeout=1s");
        });
    }

    @Test
    void everyQuotedFailureAnalysisIsPrintedBySpringBoot(CapturedOutput output) throws Exception {
        List<Markdown.Block> quoted = quotedBlocks();
        assertThat(quoted).as("failure analyses quoted in troubleshooting.md").isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Markdown.Block block : quoted) {
            String name = scenario(block);
            Scenario scenario = SCENARIOS.get(name);
            if (scenario == null) {
                problems.add(block.where() + ": unknown scenario '" + name + "' (known: " + SCENARIOS.keySet() + ")");
                continue;
            }
            String printed = failToStart(output, scenario);
            Pattern pattern = Markdown.pattern(block.content().stripTrailing());
            if (!pattern.matcher(printed).matches()) {
                problems.add(block.where() + " (" + name + "): the quote\n" + block.content()
                        + "differs from what Spring Boot printed:\n" + printed + "\n");
            }
        }
        assertThat(problems)
                .as("quoted failure analyses that Spring Boot does not print")
                .isEmpty();
    }

    @Test
    void everyScenarioIsQuoted() {
        assertThat(new TreeSet<>(
                        quotedBlocks().stream().map(FailureAnalysisIT::scenario).toList()))
                .isEqualTo(new TreeSet<>(SCENARIOS.keySet()));
    }

    @Test
    void theUnresolvedPasswordIsTheFirstSection() {
        List<String> headings = new ArrayList<>();
        for (String line : Markdown.read(PAGE).split("\n")) {
            if (line.startsWith("## ")) {
                headings.add(line.substring(3).strip());
            }
        }
        assertThat(headings).isNotEmpty();
        assertThat(quotedBlocks())
                .as("the failure analysis of an unresolved ${POSTGRES_PASSWORD} is quoted in the first section, "
                        + headings.get(0))
                .anyMatch((block) -> scenario(block).equals("unresolved-password")
                        && block.heading().equals(headings.get(0)));
    }

    private static List<Markdown.Block> quotedBlocks() {
        return Markdown.blocks(PAGE).stream()
                .filter((block) -> block.marker() != null && block.marker().startsWith(MARKER))
                .toList();
    }

    private static String scenario(Markdown.Block block) {
        return block.marker().substring(MARKER.length()).strip();
    }

    private static List<String> withApplicationDatabase(String... migrations) {
        List<String> args = new ArrayList<>();
        args.add("--spring.datasource.url=" + db.jdbcUrl());
        args.add("--spring.datasource.username=" + db.user());
        if (db.password() != null) {
            args.add("--spring.datasource.password=" + db.password());
        }
        args.addAll(List.of(migrations));
        return args;
    }

    /** Starts the application, expects it to fail, and returns the report Spring Boot printed, banner included. */
    private static String failToStart(CapturedOutput output, Scenario scenario) throws Exception {
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            List<String> args = new ArrayList<>(scenario.args(resources));
            if (args.stream().noneMatch((arg) -> arg.startsWith("--migrations.connect-timeout="))) {
                args.add("--migrations.connect-timeout=10s");
            }
            int from = output.getAll().length();
            assertThatExceptionOfType(Exception.class)
                    .isThrownBy(() -> new SpringApplicationBuilder(DocsApplication.class)
                            .web(WebApplicationType.NONE)
                            .environment(withoutPostgresPassword())
                            .properties("spring.main.banner-mode=off", "spring.jmx.enabled=false")
                            .run(args.toArray(String[]::new))
                            .close());
            String text = output.getAll().substring(from);
            int start = text.lastIndexOf(BANNER);
            assertThat(start).as("a failure analysis in the output").isNotNegative();
            int action = text.indexOf("\nAction:\n\n", start);
            assertThat(action).as("an action in the failure analysis").isPositive();
            int actionStart = action + "\nAction:\n\n".length();
            int end = text.indexOf('\n', actionStart);
            return text.substring(start, (end < 0) ? text.length() : end);
        } finally {
            for (AutoCloseable resource : resources) {
                resource.close();
            }
        }
    }

    /**
     * The environment of the test run without a {@code POSTGRES_PASSWORD} variable, which a developer may have
     * exported (the sample application reads it) and which would resolve the placeholder.
     */
    private static StandardEnvironment withoutPostgresPassword() {
        StandardEnvironment environment = new StandardEnvironment();
        Map<String, Object> variables = new HashMap<>(environment.getSystemEnvironment());
        variables.remove("POSTGRES_PASSWORD");
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return environment;
    }

    private interface Scenario {
        List<String> args(List<AutoCloseable> resources) throws IOException;
    }

    /** The smallest application: auto-configuration only, as a user's application with the starter. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class DocsApplication {}
}
