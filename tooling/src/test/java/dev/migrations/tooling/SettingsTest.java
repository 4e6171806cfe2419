package dev.migrations.tooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.ConnectionSetting;
import dev.migrations.core.MigrationException;
import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.UnresolvedPlaceholderException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path project;

    private Settings resolve(Map<String, String> flags, Map<String, String> env) {
        return Settings.resolve(new Settings.Input(flags, env, project, null, null));
    }

    private void write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void flagsWinOverEnvironmentWhichWinsOverTheFile() throws IOException {
        write("src/main/resources/application.yml", "migrations:\n  table: from_file\n  schema: file_schema\n");
        Settings settings = resolve(Map.of("migrations.table", "from_flag"), Map.of("MIGRATIONS_TABLE", "from_env"));
        assertThat(settings.get("migrations.table")).isEqualTo("from_flag");
        assertThat(resolve(Map.of(), Map.of("MIGRATIONS_TABLE", "from_env")).get("migrations.table"))
                .isEqualTo("from_env");
        assertThat(settings.get("migrations.schema")).isEqualTo("file_schema");
    }

    @Test
    void placeholdersResolveFromTheEnvironmentWithDefaultsAsBootDoes() throws IOException {
        write(
                "src/main/resources/application.properties",
                "spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/${DB_NAME}\n"
                        + "spring.datasource.password=${POSTGRES_PASSWORD}\n"
                        + "spring.datasource.username=${app.user}\n"
                        + "app.user=alice\n");
        Settings settings = resolve(Map.of(), Map.of("DB_NAME", "shop"));
        assertThat(settings.get("spring.datasource.url")).isEqualTo("jdbc:postgresql://localhost:5432/shop");
        assertThat(settings.get("spring.datasource.username")).isEqualTo("alice");
        assertThat(settings.get("spring.datasource.password")).isEqualTo("${POSTGRES_PASSWORD}");
        assertThatThrownBy(settings::dataSource)
                .isInstanceOf(UnresolvedPlaceholderException.class)
                .hasMessage("Property spring.datasource.password contains the unresolved placeholder"
                        + " ${POSTGRES_PASSWORD}");
    }

    @Test
    void migrationsConnectionKeysWinAsInTheBootModule() {
        Settings settings = resolve(
                Map.of("migrations.url", "jdbc:postgresql://own/db"),
                Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://app/db", "SPRING_DATASOURCE_USERNAME", "app"));
        assertThat(settings.connection())
                .extracting(ConnectionSetting::name, ConnectionSetting::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("migrations.url", "jdbc:postgresql://own/db"),
                        org.assertj.core.groups.Tuple.tuple("spring.datasource.username", "app"),
                        org.assertj.core.groups.Tuple.tuple("spring.datasource.password", null));
    }

    @Test
    void profileFileAndProfileDocumentsApply() throws IOException {
        write(
                "src/main/resources/application.yml",
                "migrations:\n  table: base\n---\nspring.config.activate.on-profile: prod\nmigrations:\n"
                        + "  schema: prod_doc\n");
        write("src/main/resources/application-prod.yml", "migrations:\n  table: prod_file\n");
        Settings prod = Settings.resolve(new Settings.Input(Map.of(), Map.of(), project, null, "prod"));
        assertThat(prod.get("migrations.table")).isEqualTo("prod_file");
        assertThat(prod.get("migrations.schema")).isEqualTo("prod_doc");
        Settings none = resolve(Map.of(), Map.of());
        assertThat(none.get("migrations.table")).isEqualTo("base");
        assertThat(none.get("migrations.schema")).isNull();
        assertThat(resolve(Map.of(), Map.of("SPRING_PROFILES_ACTIVE", "prod")).get("migrations.table"))
                .isEqualTo("prod_file");
    }

    @Test
    void everyEngineKeyReachesTheConfigurationInBootsSpellings() throws IOException {
        write(
                "src/main/resources/application.yml",
                "migrations:\n  lockTimeout: 3s\n  statement_timeout: 500\n  locations:\n    - classpath:db/a\n"
                        + "    - filesystem:sql/b\n  placeholders:\n    owner: bob\n");
        MigrationsConfig config = resolve(
                        Map.of(), Map.of("MIGRATIONS_CONNECTTIMEOUT", "PT7S", "MIGRATIONS_OUT_OF_ORDER", "true"))
                .config();
        assertThat(config.lockTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.statementTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(7));
        assertThat(config.outOfOrder()).isTrue();
        assertThat(config.placeholders()).containsEntry("owner", "bob");
        assertThat(config.locations())
                .containsExactly(
                        "filesystem:" + project.resolve("src/main/resources/db/a"),
                        "filesystem:" + project.resolve("sql/b"));
    }

    @Test
    void defaultsAreTheEngineDefaultsAndTheProjectFolder() {
        MigrationsConfig config = resolve(Map.of(), Map.of()).config();
        MigrationsConfig engine = MigrationsConfig.builder().build();
        assertThat(config.table()).isEqualTo(engine.table());
        assertThat(config.lockTimeout()).isEqualTo(engine.lockTimeout());
        assertThat(config.locations())
                .containsExactly("filesystem:" + project.resolve("src/main/resources/db/migrations"));
    }

    @Test
    void badValuesAndAMissingUrlAreConfigurationErrors() {
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("MIGRATIONS_LOCK_TIMEOUT", "soon"))
                        .config())
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("MIG-070")
                .hasMessageContaining("migrations.lock-timeout");
        assertThatThrownBy(() -> resolve(Map.of(), Map.of()).dataSource())
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("No database URL");
    }
}
