package dev.migrations.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PostgresTestDatabaseIT {

    @Test
    void createsAFreshDatabaseAndDropsItWithItsRoles() throws Exception {
        PostgresTestDatabase db = new PostgresTestDatabase().create();
        String name = db.name();
        String role;
        try {
            db.execute("CREATE TABLE t (id int)");
            role = db.createRoleWithPassword("s3cret");
            try (Connection c = db.dataSource(role, "s3cret").getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT current_user, current_database()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(role);
                assertThat(rs.getString(2)).isEqualTo(name);
            }
            assertThatExceptionOfType(SQLException.class)
                    .isThrownBy(() -> db.dataSource(role, "wrong").getConnection())
                    .satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("28P01"));
        } finally {
            db.drop();
        }
        try (Connection admin = PostgresServer.get().adminConnection();
                Statement s = admin.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM pg_database WHERE datname = '" + name
                        + "'), (SELECT count(*) FROM pg_roles WHERE rolname = '" + role + "')")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
            assertThat(rs.getInt(2)).isZero();
        }
    }

    @Test
    void rejectsAUrlThatIsNotPostgres() {
        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> PostgresServer.fromUrl("jdbc:mysql://localhost/x?password=secret"))
                .withMessage("MIGRATIONS_TEST_POSTGRES_URL must be a jdbc:postgresql:// URL but was"
                        + " 'jdbc:mysql://localhost/x?password=******'");
    }
}
