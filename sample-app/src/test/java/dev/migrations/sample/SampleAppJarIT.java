package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the executable jar exactly as the README's first command does ({@code java -jar}), twice on the same embedded
 * database file: the first start applies every migration from inside the nested jar, the second finds nothing to do
 * and still has the data.
 */
class SampleAppJarIT {

    private static final Path JAR = Paths.get("target", "migrations-sample-app.jar");

    @TempDir
    Path workDir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void startsFromTheJarMigratesOnceAndKeepsItsData() throws Exception {
        assertThat(JAR).as("run `./mvnw package` first").exists();

        List<String> first = new ArrayList<>();
        int port = freePort();
        Process app = start(port, first);
        try {
            String migrations = get(port, "/actuator/migrations");
            assertThat(migrations).contains("create users", "add users display name", "index memberships user");
            assertThat(get(port, "/actuator/health")).contains("\"status\":\"UP\"");
            String created = post(port, "/users", "{\"email\":\"ada@example.com\",\"displayName\":\"Ada\"}");
            assertThat(created).contains("ada@example.com");
        } finally {
            stop(app);
        }
        assertThat(String.join("\n", first)).contains("Migrating schema \"PUBLIC\" from version << empty >> to 5");

        List<String> second = new ArrayList<>();
        port = freePort();
        app = start(port, second);
        try {
            assertThat(get(port, "/users")).contains("ada@example.com");
        } finally {
            stop(app);
        }
        assertThat(String.join("\n", second))
                .contains("Schema \"PUBLIC\" is up to date at version 5: no migration necessary");
    }

    @Test
    void startsAheadOfTimeProcessed() throws Exception {
        assertThat(JAR).as("run `./mvnw package` first").exists();
        List<String> output = new ArrayList<>();
        int port = freePort();
        Process app = start(port, output, "-Dspring.aot.enabled=true");
        try {
            assertThat(get(port, "/actuator/migrations")).contains("create users", "index memberships user");
            assertThat(get(port, "/users")).isEqualTo("[]");
        } finally {
            stop(app);
        }
        assertThat(String.join("\n", output))
                .as("the AOT-generated initializers ran the migrations")
                .contains("Starting AOT-processed SampleApplication")
                .contains("Successfully applied 5 migration(s)");
    }

    private Process start(int port, List<String> output, String... jvmOptions)
            throws IOException, InterruptedException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString(), "--server.port=" + port));
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .start();
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String line;
        while ((line = reader.readLine()) != null) {
            output.add(line);
            if (line.contains("Started SampleApplication")) {
                Thread drain = new Thread(() -> reader.lines().forEach(output::add));
                drain.setDaemon(true);
                drain.start();
                return process;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        process.destroyForcibly();
        throw new AssertionError("The sample app did not start:\n" + String.join("\n", output));
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private String post(int port, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return response.body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
