package dev.migrations.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that tests migrations with the kit, and configures it. Together with {@link MigrationsContract}
 * it is all a project writes:
 *
 * <pre>
 * &#64;MigrationsTest
 * class SchemaMigrationsTests implements MigrationsContract {}
 * </pre>
 *
 * The database server is found, in this order: {@link #url()}; a static field holding a started Testcontainers
 * {@code JdbcDatabaseContainer} (with {@code @Container}, {@code @ServiceConnection} or neither); the
 * {@code JdbcConnectionDetails} of the Spring test context when the class runs with Spring's extension (a
 * {@code @SpringBootTest}); the environment variable (or system property) {@code MIGRATIONS_TEST_URL}. The kit creates its own scratch databases on that server and leaves the database it
 * was given alone.
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MigrationsExtension.class)
public @interface MigrationsTest {

    /**
     * JDBC URL of a database on the PostgreSQL server to use, user and password allowed in it; {@code ${NAME}} is
     * replaced by the system property or environment variable {@code NAME}.
     */
    String url() default "";

    /** User for {@link #url()}, when not in the URL; {@code ${NAME}} allowed. */
    String user() default "";

    /** Password for {@link #url()}, when not in the URL; {@code ${NAME}} allowed. */
    String password() default "";

    /**
     * Migration locations, as in {@code migrations.locations}; empty for those of the Spring context's
     * {@code Migrator} or, without one, {@code classpath:db/migrations}.
     */
    String[] locations() default {};

    /**
     * The oldest version whose down part the stairway and the no-trace check exercise; older migrations are only
     * applied. Empty to exercise every down.
     */
    String minimumDowngradeVersion() default "";

    /**
     * Objects a full downgrade may leave behind on purpose, such as {@code "extension pgcrypto"}, named as the schema
     * difference names them.
     */
    String[] keep() default {};

    /**
     * JDBC URL of a database (a copy of production, staging) whose history the lineage check compares with the files;
     * only read. {@code ${NAME}} allowed; empty for none.
     */
    String referenceUrl() default "";

    /**
     * Packages holding the JPA {@code @Entity} classes that the entities test compares with the migrations; empty for
     * the entities of the Spring context's persistence unit.
     */
    String[] entityPackages() default {};

    /** Whether the safety test runs the linter over the pending migrations (all of them without a reference). */
    boolean lint() default false;
}
