package dev.migrations.test;

import dev.migrations.core.MigrationsConfig;
import dev.migrations.testsupport.PostgresServer;

/**
 * The test server shaped like a Testcontainers {@code JdbcDatabaseContainer} (getJdbcUrl, getUsername, getPassword),
 * so the kit's tests find it the way users' tests find their container: as a static field.
 */
public final class TestServer {

    private final PostgresServer server = PostgresServer.get();

    public String getJdbcUrl() {
        return server.jdbcUrl("postgres");
    }

    public String getUsername() {
        return server.adminUser();
    }

    public String getPassword() {
        return server.adminPassword();
    }

    /** A kit on this server for the migrations of {@code config}. */
    MigrationsKit.Builder kit(MigrationsConfig config) {
        return MigrationsKit.builder()
                .url(getJdbcUrl())
                .user(getUsername())
                .password(getPassword())
                .config(config);
    }

    /** A kit on the test server for the migrations in {@code location} ({@code classpath:kit/good}, ...). */
    static MigrationsKit.Builder kitAt(String location) {
        return new TestServer()
                .kit(MigrationsConfig.builder().locations(location).build());
    }
}
