package dev.migrations.boot.autoconfigure;

import dev.migrations.core.Migrator;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;
import org.springframework.util.Assert;

/**
 * Runs the migrations (or whatever a {@link MigrationsStrategy} says) while the application context starts, before
 * the beans that use the database. Define a bean of this type to replace the one of the auto-configuration.
 *
 * @since 0.1.0
 */
public class MigrationsInitializer implements InitializingBean, Ordered {

    private final Migrator migrator;

    private final MigrationsStrategy strategy;

    private int order;

    /** An initializer that simply migrates. */
    public MigrationsInitializer(Migrator migrator) {
        this(migrator, Migrator::migrate);
    }

    /** An initializer that runs {@code strategy} with {@code migrator}. */
    public MigrationsInitializer(Migrator migrator, MigrationsStrategy strategy) {
        Assert.notNull(migrator, "'migrator' must not be null");
        Assert.notNull(strategy, "'strategy' must not be null");
        this.migrator = migrator;
        this.strategy = strategy;
    }

    @Override
    public void afterPropertiesSet() {
        this.strategy.migrate(this.migrator);
    }

    @Override
    public int getOrder() {
        return this.order;
    }

    public void setOrder(int order) {
        this.order = order;
    }
}
