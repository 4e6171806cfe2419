package dev.migrations.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A database host that accepts the connection and never answers: the wait is logged, not silent until it ends. */
@ExtendWith(OutputCaptureExtension.class)
class MigrationsConnectProgressIT {

    @Test
    void aHostThatDoesNotAnswerIsReportedEveryFewSeconds(CapturedOutput output) throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            List<String> properties = List.of(
                    "migrations.url=jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/app",
                    "migrations.user=app",
                    "migrations.connect-timeout=6s");
            long start = System.nanoTime();
            assertThatException()
                    .isThrownBy(() -> TestApplication.builder(WebApplicationType.NONE, properties)
                            .run()
                            .close());
            assertThat(output)
                    .contains("Connecting to the database: no answer after 5 s; giving up after 6 s"
                            + " (migrations.connect-timeout)")
                    .contains("The database did not answer within 6 s (migrations.connect-timeout).");
            assertThat((System.nanoTime() - start) / 1_000_000_000)
                    .as("seconds until it gave up")
                    .isLessThan(20);
        }
    }
}
