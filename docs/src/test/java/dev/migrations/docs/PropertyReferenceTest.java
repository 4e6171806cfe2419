package dev.migrations.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The generated sections of the pages: the property table of properties.md (from the configuration metadata), the
 * endpoint example of actuator.md (from the golden file a Spring Boot test writes) and the meter table of actuator.md
 * (from the constants of {@code MigrationsMeters}). With {@code -Dmigrations.docs.update=true} they are rewritten.
 */
class PropertyReferenceTest {

    private static final Path PROPERTIES = Markdown.DOCS.resolve("properties.md");

    private static final Path ACTUATOR = Markdown.DOCS.resolve("actuator.md");

    private static final Path EXAMPLE = Markdown.DOCS.resolve("examples").resolve("actuator-migrations.json");

    private static final Path METERS =
            Markdown.ROOT.resolve("autoconfigure/src/main/java/dev/migrations/boot/metrics/MigrationsMeters.java");

    @Test
    void propertyTableIsGeneratedFromTheMetadata() {
        List<Metadata.Property> properties = Metadata.properties();
        assertThat(properties)
                .as("migrations-spring-boot's META-INF/spring-configuration-metadata.json on the test classpath")
                .isNotEmpty();
        StringBuilder table =
                new StringBuilder("| property | type | default | description |\n| --- | --- | --- | --- |\n");
        for (Metadata.Property property : properties) {
            table.append("| `")
                    .append(property.name())
                    .append("` | ")
                    .append(type(property.type()))
                    .append(" | ")
                    .append(defaultValue(property.defaultValue()))
                    .append(" | ")
                    .append(cell(property.description()))
                    .append(" |\n");
        }
        check(PROPERTIES, "properties", table.toString());
    }

    @Test
    void everyPropertyIsDescribedInSpringBootsVoice() {
        List<Metadata.Property> properties = Metadata.properties();
        assertThat(properties).isNotEmpty().allSatisfy((property) -> {
            assertThat(property.description())
                    .as(property.name())
                    .isNotBlank()
                    .doesNotStartWith("The ")
                    .doesNotStartWith("A ");
            if ("java.lang.Boolean".equals(property.type())) {
                assertThat(property.description()).as(property.name()).startsWith("Whether");
            }
        });
    }

    @Test
    void endpointExampleIsTheRecordedResponse() throws IOException {
        assertThat(EXAMPLE)
                .as("the golden file MigrationsApplicationIT writes (a missing file must not pass)")
                .isRegularFile();
        String expected =
                "```json\n" + Files.readString(EXAMPLE, StandardCharsets.UTF_8).stripTrailing() + "\n```\n";
        check(ACTUATOR, "actuator-example", expected);
    }

    @Test
    void meterTableListsTheMeterConstants() throws IOException {
        assertThat(METERS)
                .as("the meter names' source (a moved file must not pass)")
                .isRegularFile();
        String source = Files.readString(METERS, StandardCharsets.UTF_8);
        Matcher constant = Pattern.compile(
                        "/\\*\\*\\s*(Timer|Gauge|Counter|LongTaskTimer|DistributionSummary|Observation)\\b:?\\s*(.*?)\\s*\\*/"
                                + "\\s*public static final String \\w+ = \"([^\"]+)\";",
                        Pattern.DOTALL)
                .matcher(source);
        StringBuilder table = new StringBuilder("| name | type | description |\n| --- | --- | --- |\n");
        int meters = 0;
        while (constant.find()) {
            meters++;
            table.append("| `")
                    .append(constant.group(3))
                    .append("` | ")
                    .append(constant.group(1))
                    .append(" | ")
                    .append(cell(constant.group(2).replaceAll("\\s*\\*\\s*", " ")))
                    .append(" |\n");
        }
        assertThat(meters)
                .as("meter constants found in " + METERS.getFileName())
                .isGreaterThanOrEqualTo(4);
        check(ACTUATOR, "meters", table.toString());
    }

    private static void check(Path page, String section, String expected) {
        if (Markdown.update()) {
            Markdown.replaceSection(page, section, expected);
        }
        assertThat(Markdown.section(page, section))
                .as(page.getFileName() + " section " + section
                        + " (regenerate with ./mvnw -pl docs test -Dmigrations.docs.update=true)")
                .isEqualTo(expected);
    }

    static String type(String javaType) {
        String simple =
                javaType.replaceAll("[a-z]+(\\.[a-z]+)*\\.([A-Z])", "$2").replace("$", ".");
        return "`" + simple.replace("<", "&lt;").replace(">", "&gt;") + "`";
    }

    static String defaultValue(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            StringBuilder text = new StringBuilder();
            for (JsonNode element : value) {
                text.append((text.length() > 0) ? ", " : "").append(element.asString());
            }
            return "`" + text + "`";
        }
        return "`" + value.asString() + "`";
    }

    static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ").strip();
    }
}
