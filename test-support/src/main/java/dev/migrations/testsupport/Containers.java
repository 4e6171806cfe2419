package dev.migrations.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Testcontainers fallback, kept apart so its classes load only when no server URL is given. */
final class Containers {

    private Containers() {}

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable ex) {
            return false;
        }
    }

    @SuppressWarnings("resource") // lives as long as the JVM; Ryuk removes it afterwards
    static PostgresServer start() {
        PostgreSQLContainer container = new PostgreSQLContainer(PostgresServer.IMAGE);
        container.start();
        return PostgresServer.of(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
}
