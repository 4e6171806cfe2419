package dev.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the built jar ({@code java -jar target/migrations-cli.jar}) as a real process, as a user would. */
final class CliProcess {

    static final Path JAR = Path.of(System.getProperty("migrations.cli.jar", "target/migrations-cli.jar"))
            .toAbsolutePath();

    private CliProcess() {}

    /** Output of one run. */
    record Result(int exit, String out, String err, long millis) {

        Result assertExit(int expected) {
            assertThat(exit)
                    .as("exit code of the run, stdout:%n%s%nstderr:%n%s", out, err)
                    .isEqualTo(expected);
            return this;
        }
    }

    static Result run(Path dir, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return exec(dir, env, command);
    }

    static Result exec(Path dir, Map<String, String> env, List<String> command) {
        assertThat(JAR)
                .as("the CLI jar, built in package before the integration tests")
                .exists();
        try {
            Path out = Files.createTempFile("cli-out", ".txt");
            Path err = Files.createTempFile("cli-err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            // a clean environment: only what the test gives, so the developer's variables cannot leak in
            builder.environment()
                    .keySet()
                    .removeIf((key) ->
                            key.startsWith("MIGRATIONS_") || key.startsWith("SPRING_") || key.startsWith("PG"));
            builder.environment().putAll(env);
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("The command did not finish within 120 s: " + command);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            Result result = new Result(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8),
                    millis);
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError(ex);
        }
    }

    /** Writes {@code text} to {@code dir/relative}, creating folders. */
    static Path write(Path dir, String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
