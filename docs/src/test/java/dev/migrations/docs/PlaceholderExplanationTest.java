package dev.migrations.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migrations.core.ConnectionSetting;
import dev.migrations.core.UnresolvedPlaceholderException;
import dev.migrations.tooling.PlaceholderExplanation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The command line and the Maven plugin explain an unresolved {@code ${POSTGRES_PASSWORD}} with the text Spring Boot
 * prints for the same case: troubleshooting.md quotes Boot's report ({@link FailureAnalysisIT} keeps that quote true),
 * and tooling's {@link PlaceholderExplanation} must give the same description and action.
 */
class PlaceholderExplanationTest {

    private static final Path PAGE = Markdown.DOCS.resolve("troubleshooting.md");

    @Test
    void commandLineAndMavenSayWhatTheStarterSays() throws IOException {
        UnresolvedPlaceholderException cause = catchThrowableOfType(
                UnresolvedPlaceholderException.class,
                () -> new ConnectionSetting(
                                "spring.datasource.password", "${POSTGRES_PASSWORD}", ConnectionSetting.Kind.PASSWORD)
                        .check());
        PlaceholderExplanation explanation = PlaceholderExplanation.of(cause);
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Description:\n\n" + explanation.description() + "\n\nAction:\n\n" + explanation.action()
                        + "\n```");
    }
}
