package dev.migrations.boot.autoconfigure;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * A {@link DatabaseInitializerDetector} for {@link MigrationsInitializer}: JPA, JdbcTemplate and the other beans that
 * depend on database initialization are created after the migrations ran.
 */
class MigrationsInitializerDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(MigrationsInitializer.class);
    }

    @Override
    public int getOrder() {
        return 1;
    }
}
