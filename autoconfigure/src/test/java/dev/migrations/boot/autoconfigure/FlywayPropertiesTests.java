package dev.migrations.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.MigrationsConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** {@code spring.flyway.*} keys left in a configuration are applied or reported with their replacement. */
class FlywayPropertiesTests {

    @Test
    void appliesFlywayKeysWithANamesakeAndNamesTheKeyToRenameThemTo() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.flyway.locations", "classpath:db/migration,classpath:db/callbacks")
                .withProperty("spring.flyway.schemas", "app,audit")
                .withProperty("spring.flyway.table", "flyway_schema_history")
                .withProperty("spring.flyway.baseline-on-migrate", "true")
                .withProperty("spring.flyway.placeholders.owner", "app_owner")
                .withProperty("spring.flyway.placeholder-prefix", "#[");
        MigrationsConfig.Builder builder = MigrationsConfig.builder();

        List<String> lines = FlywayProperties.apply(environment, builder);

        MigrationsConfig config = builder.build();
        assertThat(config.locations()).containsExactly("classpath:db/migration", "classpath:db/callbacks");
        assertThat(config.schema()).isEqualTo("app");
        assertThat(config.table()).isEqualTo("flyway_schema_history");
        assertThat(config.baselineOnMigrate()).isTrue();
        assertThat(config.placeholders()).isEqualTo(Map.of("owner", "app_owner"));
        assertThat(config.placeholderPrefix()).isEqualTo("#[");
        assertThat(lines)
                .contains(
                        "spring.flyway.locations is applied as migrations.locations: rename it to migrations.locations",
                        "spring.flyway.schemas is applied as migrations.schema: rename it to migrations.schema",
                        "spring.flyway.placeholders is applied as migrations.placeholders: rename it to"
                                + " migrations.placeholders")
                .hasSize(6);
    }

    @Test
    void aMigrationsKeyWinsAndKeysWithoutNamesakeAreReportedWithWhatReplacesThem() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.flyway.table", "flyway_schema_history")
                .withProperty("migrations.table", "history")
                .withProperty("spring.flyway.enabled", "false")
                .withProperty("spring.flyway.clean-disabled", "true")
                .withProperty("spring.flyway.postgresql.transactional-lock", "false")
                .withProperty("spring.flyway.batch", "true");
        MigrationsConfig.Builder builder = MigrationsConfig.builder().table("history");

        List<String> lines = FlywayProperties.apply(environment, builder);

        assertThat(builder.build().table()).isEqualTo("history");
        assertThat(lines)
                .containsExactly(
                        "spring.flyway.batch is ignored: it has no migrations.* equivalent (docs/from-flyway.md)",
                        "spring.flyway.clean-disabled is ignored: drop it: there is no clean; downgrade to base undoes"
                                + " every migration",
                        "spring.flyway.enabled is ignored: set migrations.enabled (it decides whether the starter"
                                + " runs at all)",
                        "spring.flyway.postgresql.transactional-lock is ignored: drop it: the migration lock never"
                                + " blocks CONCURRENTLY",
                        "spring.flyway.table is ignored because migrations.table is set: remove spring.flyway.table");
    }

    @Test
    void saysNothingWithoutFlywayKeys() {
        assertThat(FlywayProperties.apply(new MockEnvironment(), MigrationsConfig.builder()))
                .isEmpty();
    }
}
