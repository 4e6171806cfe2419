package dev.migrations.core;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Turns a {@link SQLException} into the database's own account of it, with PostgreSQL's detail and hint. */
final class SqlErrors {

    private static final boolean PGJDBC = present("org.postgresql.util.PSQLException");

    private SqlErrors() {}

    static MigrationException.DatabaseError of(SQLException ex) {
        if (PGJDBC) {
            MigrationException.DatabaseError pg = Pg.of(ex);
            if (pg != null) {
                return pg;
            }
        }
        String message =
                (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getName();
        return new MigrationException.DatabaseError(ex.getSQLState(), message, null, null, 0);
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, SqlErrors.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError ex) {
            return false;
        }
    }

    /** Kept in its own class so that it loads only when the PostgreSQL driver is there. */
    private static final class Pg {

        static MigrationException.@Nullable DatabaseError of(SQLException ex) {
            if (!(ex instanceof PSQLException psql) || psql.getServerErrorMessage() == null) {
                return null;
            }
            ServerErrorMessage server = psql.getServerErrorMessage();
            String message = (server.getSeverity() != null ? server.getSeverity() + ": " : "") + server.getMessage();
            return new MigrationException.DatabaseError(
                    server.getSQLState(), message, server.getDetail(), server.getHint(), server.getPosition());
        }
    }
}
