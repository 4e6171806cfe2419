package dev.migrations.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testsupport.PostgresTestDatabase;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session that holds the migration lock is named after the application (not {@code PostgreSQL JDBC Driver}), so
 * that a waiting instance says who holds it; a name the pool gave keeps precedence, and the session gets its own name
 * back when the run ends.
 */
class ApplicationNameIT {

    @RegisterExtension
    static final PostgresTestDatabase db = new PostgresTestDatabase();

    @TempDir
    Path dir;

    @Test
    void theLockHolderCarriesTheApplicationNameAndTheConnectionGetsItsOwnBack() throws Exception {
        write();
        try (Connection shared = db.dataSource().getConnection()) {
            assertThat(applicationName(shared)).isEqualTo("PostgreSQL JDBC Driver");
            List<String> holders = new ArrayList<>();
            Migrator migrator = migrator(borrowing(shared), "orders-api", "app_name", holders);
            migrator.migrate();
            assertThat(holders).containsExactly("orders-api");
            assertThat(applicationName(shared)).as("given back").isEqualTo("PostgreSQL JDBC Driver");
        }
    }

    @Test
    void aNameThePoolGaveIsKept() throws Exception {
        write();
        List<String> holders = new ArrayList<>();
        DataSource named =
                new DriverManagerDataSource(db.jdbcUrl() + "?ApplicationName=orders-pool", db.user(), db.password());
        migrator(named, "orders-api", "pool_name", holders).migrate();
        assertThat(holders).containsExactly("orders-pool");
    }

    @Test
    void withoutAConfiguredNameTheHolderIsCalledMigrations() throws Exception {
        write();
        List<String> holders = new ArrayList<>();
        migrator(db.dataSource(), null, "default_name", holders).migrate();
        assertThat(holders).containsExactly("migrations");
    }

    private Migrator migrator(DataSource dataSource, String name, String schema, List<String> holders) {
        Migrator observer = Migrator.create(
                db.dataSource(),
                MigrationsConfig.builder()
                        .locations("filesystem:" + this.dir)
                        .schema(schema)
                        .build());
        return Migrator.create(
                dataSource,
                MigrationsConfig.builder()
                        .locations("filesystem:" + this.dir)
                        .schema(schema)
                        .applicationName(name)
                        .listeners(List.of(new MigrationListener() {
                            @Override
                            public void migrationStarting(MigrationInfo migration, Direction direction) {
                                // what another instance reads while this one holds the lock
                                holders.add(observer.info().lock().applicationName());
                            }
                        }))
                        .build());
    }

    private void write() throws IOException {
        Files.writeString(
                this.dir.resolve("V1__t.sql"),
                "CREATE TABLE ${migrations:schema}.t (id int);\n",
                StandardCharsets.UTF_8);
    }

    private static String applicationName(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SHOW application_name")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A DataSource that lends {@code connection} like a pool: closing it only hands it back. */
    private static DataSource borrowing(Connection connection) {
        Connection lent = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException ex) {
                        throw ex.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return lent;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
