package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void masksPasswordQueryParameter() {
        assertThat(Secrets.maskUrl("jdbc:postgresql://db:5432/app?user=app&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/app?user=app&password=******&ssl=true");
    }

    @Test
    void masksUserinfoPassword() {
        assertThat(Secrets.maskUrl("postgres://app:s3cret@db:5432/app")).isEqualTo("postgres://app:******@db:5432/app");
    }

    @Test
    void masksOnlyTheUrlInsideLongerText() {
        assertThat(Secrets.maskUrl("URL: jdbc:postgresql://db/app?password=s3cret\nUser: app"))
                .isEqualTo("URL: jdbc:postgresql://db/app?password=******\nUser: app");
    }

    @Test
    void leavesUrlsWithoutPasswordAlone() {
        assertThat(Secrets.maskUrl("jdbc:postgresql://db:5432/app?user=app"))
                .isEqualTo("jdbc:postgresql://db:5432/app?user=app");
    }

    @Test
    void passwordPlaceholderIsShownButNeverARealPassword() {
        ConnectionSetting placeholderOnly = new ConnectionSetting(
                "spring.datasource.password", "${POSTGRES_PASSWORD}", ConnectionSetting.Kind.PASSWORD);
        assertThat(placeholderOnly.displayValue("${POSTGRES_PASSWORD}")).isEqualTo("${POSTGRES_PASSWORD}");
        ConnectionSetting mixed =
                new ConnectionSetting("spring.datasource.password", "pre${SUFFIX}", ConnectionSetting.Kind.PASSWORD);
        assertThat(mixed.displayValue("${SUFFIX}")).isEqualTo("****** (containing ${SUFFIX})");
        assertThat(mixed.environmentVariable()).isEqualTo("SPRING_DATASOURCE_PASSWORD");
    }
}
