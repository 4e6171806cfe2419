package dev.migrations.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A secret placeholder value ({@code migrations.placeholders.app_pw}) never shows in what a Spring Boot application
 * prints or serves: the dry run in the log, the failure report of a start whose migration fails, and the env and
 * configprops endpoints.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrationsSecretsIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    private static final String PASSWORD = "Sw0rdf1sh-b00t";

    @TempDir
    Path dir;

    @Test
    void theDryRunLogShowsWhereTheSecretGoes(CapturedOutput output) throws Exception {
        write("V1__role.sql", "CREATE ROLE app_dry_boot LOGIN PASSWORD '${app_pw}';\n");
        List<String> properties = properties("secret_dry");
        properties.add("migrations.dry-run=true");
        TestApplication.builder(WebApplicationType.NONE, properties).run().close();
        assertThat(output).contains("CREATE ROLE app_dry_boot LOGIN PASSWORD '******';");
        assertThat(output.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void aFailingMigrationDoesNotPrintTheSecret(CapturedOutput output) throws Exception {
        write("V1__role.sql", "CREATE ROLE app_fail_boot LOGIN PASSWORD '${app_pw}' NOSUCHOPTION;\n");
        assertThatException()
                .isThrownBy(() -> TestApplication.builder(WebApplicationType.NONE, properties("secret_fail"))
                        .run()
                        .close());
        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("CREATE ROLE app_fail_boot LOGIN PASSWORD '******' NOSUCHOPTION");
        assertThat(output.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void theEnvAndConfigpropsEndpointsHideTheSecret() throws Exception {
        write("V1__role.sql", "SELECT '${app_pw}' <> '${owner}';\n");
        List<String> properties = properties("secret_endpoints");
        properties.add("migrations.placeholders.owner=app_owner");
        properties.add("server.port=0");
        properties.add("management.endpoints.web.exposure.include=env,configprops");
        properties.add("management.endpoint.env.show-values=always");
        properties.add("management.endpoint.configprops.show-values=always");
        try (ConfigurableApplicationContext context =
                TestApplication.builder(WebApplicationType.SERVLET, properties).run()) {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            for (String path : List.of("/actuator/env", "/actuator/configprops")) {
                String body = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(base + path))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                assertThat(body).as(path).contains("app_owner").doesNotContain(PASSWORD);
            }
        }
    }

    private List<String> properties(String schema) {
        List<String> properties = new ArrayList<>(TestApplication.connectedTo(db));
        properties.add("migrations.locations=filesystem:" + this.dir);
        properties.add("migrations.schema=" + schema);
        properties.add("migrations.placeholders.app_pw=" + PASSWORD);
        return properties;
    }

    private void write(String name, String content) throws Exception {
        Files.writeString(this.dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
