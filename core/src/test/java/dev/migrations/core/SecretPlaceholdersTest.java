package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretPlaceholdersTest {

    private final MigrationsConfig config = MigrationsConfig.builder().build();

    @Test
    void theDefaultRuleFindsTheUsualNamesInAnyCase() {
        for (String name : List.of(
                "app_pw_password",
                "DB_PASSWORD",
                "passwd",
                "pwd",
                "clientSecret",
                "api_token",
                "apiKey",
                "aws.credentials")) {
            assertThat(this.config.isSecretPlaceholder(name)).as(name).isTrue();
        }
        for (String name : List.of("schema", "owner", "spw", "migrations:user", "limit")) {
            assertThat(this.config.isSecretPlaceholder(name)).as(name).isFalse();
        }
    }

    @Test
    void patternsMatchWholeNamesWithStars() {
        assertThat(SecretPlaceholders.isSecret("app_pw", List.of("app_*"))).isTrue();
        assertThat(SecretPlaceholders.isSecret("my_app_pw", List.of("app_*"))).isFalse();
        assertThat(SecretPlaceholders.isSecret("APP_PW", List.of("app_pw"))).isTrue();
        assertThat(SecretPlaceholders.isSecret("a_pw_b", List.of("a*pw*b"))).isTrue();
        assertThat(SecretPlaceholders.isSecret("ab", List.of("a*b*b"))).isFalse();
        assertThat(SecretPlaceholders.isSecret("anything", List.of())).isFalse();
    }

    @Test
    void masksEveryOccurrenceLongestValueFirst() {
        SecretPlaceholders secrets =
                SecretPlaceholders.of(this.config, Map.of("a_token", "abc", "b_password", "abc123", "x", "abc"));
        assertThat(secrets.mask("abc123 and abc, not x")).isEqualTo("****** and ******, not x");
        assertThat(secrets.mask((String) null)).isNull();
    }

    @Test
    void nothingToMaskLeavesTheExceptionAsItIs() {
        MigrationException ex = MigrationException.builder(ErrorCode.MIGRATION_FAILED, "Failed.")
                .statement("SELECT 1")
                .build();
        assertThat(SecretPlaceholders.of(this.config, Map.of("pw_password", "zzz"))
                        .mask(ex))
                .isSameAs(ex);
    }
}
