package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * The engine says what is wrong with an unresolved placeholder in its own terms, and gives each surface the facts to
 * say it in its own (Spring Boot's properties, the command line's application files).
 */
class UnresolvedPlaceholderExceptionTest {

    private static UnresolvedPlaceholderException unresolved(String name, String value, ConnectionSetting.Kind kind) {
        return catchThrowableOfType(
                UnresolvedPlaceholderException.class, () -> new ConnectionSetting(name, value, kind).check());
    }

    @Test
    void wholePasswordPlaceholderInTheEnginesTerms() {
        UnresolvedPlaceholderException ex =
                unresolved("password", "${POSTGRES_PASSWORD:}", ConnectionSetting.Kind.PASSWORD);
        assertThat(ex.variable()).isEqualTo("POSTGRES_PASSWORD");
        assertThat(ex.whole()).isTrue();
        assertThat(ex.secretInUrl()).isFalse();
        assertThat(ex.description())
                .isEqualTo("No value for placeholder ${POSTGRES_PASSWORD:} in the setting password: nothing gave the"
                        + " variable POSTGRES_PASSWORD a value, so the setting holds the text as it is. Migrations did"
                        + " not try to connect.\n\n"
                        + "  Setting: password\n"
                        + "  Value:   ${POSTGRES_PASSWORD:}");
        assertThat(ex.action())
                .isEqualTo("Give POSTGRES_PASSWORD a value where the configuration is resolved, or set password"
                        + " without a placeholder.");
    }

    @Test
    void secretInAUrlIsMaskedAndBetterGivenAsTheUsersPassword() {
        UnresolvedPlaceholderException ex = unresolved(
                "url", "jdbc:postgresql://db/app?user=app&password=${DB_PASSWORD}", ConnectionSetting.Kind.URL);
        assertThat(ex.whole()).isFalse();
        assertThat(ex.secretInUrl()).isTrue();
        assertThat(ex.description()).doesNotContain("${DB_PASSWORD}&").contains("  Value:   ");
        assertThat(ex.action())
                .endsWith("A password is better kept out of the URL: give it as the password setting and remove it"
                        + " from url.");
        UnresolvedPlaceholderException host =
                unresolved("url", "jdbc:postgresql://${DB_HOST}/app", ConnectionSetting.Kind.URL);
        assertThat(host.secretInUrl()).isFalse();
        assertThat(host.action()).doesNotContain("password");
    }

    @Test
    void theEngineNamesNoSurface() {
        UnresolvedPlaceholderException ex =
                unresolved("url", "jdbc:postgresql://db/app?password=${DB_PASSWORD}", ConnectionSetting.Kind.URL);
        assertThat(ex.description() + ex.action())
                .doesNotContain("Spring", "Boot", "spring.", "migrations.", "application.yml", ".env");
    }
}
