package dev.migrations.tooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migrations.core.ConnectionSetting;
import dev.migrations.core.UnresolvedPlaceholderException;
import org.junit.jupiter.api.Test;

/** The command line and the Maven plugin explain an unresolved placeholder in the words of the files they read. */
class PlaceholderExplanationTest {

    private static PlaceholderExplanation explain(String name, String value, ConnectionSetting.Kind kind) {
        return PlaceholderExplanation.of(catchThrowableOfType(
                UnresolvedPlaceholderException.class, () -> new ConnectionSetting(name, value, kind).check()));
    }

    @Test
    void wholePasswordNamesThePropertyTheEnvironmentVariableAndTheApplicationFile() {
        PlaceholderExplanation explanation =
                explain("spring.datasource.password", "${POSTGRES_PASSWORD}", ConnectionSetting.Kind.PASSWORD);
        assertThat(explanation.description())
                .isEqualTo("The property spring.datasource.password still contains the placeholder"
                        + " ${POSTGRES_PASSWORD}: Spring Boot found no property or environment variable named"
                        + " POSTGRES_PASSWORD and kept the text as it is. Migrations did not try to connect.\n\n"
                        + "  Property: spring.datasource.password\n"
                        + "  Value:    ${POSTGRES_PASSWORD}");
        assertThat(explanation.action())
                .startsWith("Give POSTGRES_PASSWORD a value in the environment that starts the application.")
                .contains("a line such as SPRING_DATASOURCE_PASSWORD=${POSTGRES_PASSWORD} passes the text")
                .endsWith("reference the variable directly in application.yml (spring.datasource.password:"
                        + " ${POSTGRES_PASSWORD}) and set POSTGRES_PASSWORD.");
    }

    @Test
    void secretInTheOwnUrlPointsToTheOwnPasswordProperty() {
        PlaceholderExplanation explanation = explain(
                "migrations.url", "jdbc:postgresql://db/app?password=${DB_PASSWORD}", ConnectionSetting.Kind.URL);
        assertThat(explanation.description())
                .contains("  Value:    jdbc:postgresql://db/app?password=******")
                .doesNotContain("password=${DB_PASSWORD}");
        assertThat(explanation.action())
                .contains("keep ${DB_PASSWORD} inside the value of migrations.url in application.yml")
                .endsWith("A password is better kept out of the URL: set migrations.password: ${DB_PASSWORD} and"
                        + " remove it from migrations.url.");
    }
}
