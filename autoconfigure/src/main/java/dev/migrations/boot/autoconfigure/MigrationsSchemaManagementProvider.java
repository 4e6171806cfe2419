package dev.migrations.boot.autoconfigure;

import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Reports the DataSource that migrations manage as {@link SchemaManagement#MANAGED}, so that Hibernate does not
 * default an embedded database to {@code create-drop}.
 */
final class MigrationsSchemaManagementProvider implements SchemaManagementProvider {

    private final @Nullable DataSource managed;

    MigrationsSchemaManagementProvider(@Nullable DataSource managed) {
        this.managed = managed;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        return dataSource.equals(this.managed) ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
