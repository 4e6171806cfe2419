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
 * The starter, the command line and the Maven plugin explain an unresolved {@code ${POSTGRES_PASSWORD}} with tooling's
 * {@link PlaceholderExplanation}: troubleshooting.md quotes its description and action as Boot's report prints them
 * ({@link FailureAnalysisIT} checks the whole report of a real start).
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
