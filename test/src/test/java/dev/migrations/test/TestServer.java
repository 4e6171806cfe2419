package dev.migrations.test;

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
}
