package dev.migrations.boot.autoconfigure;

import dev.migrations.core.ConnectionSetting;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Chooses the DataSource that migrations use and checks its settings before anything connects: a
 * {@link MigrationsDataSource @MigrationsDataSource} bean, else a non-pooling DataSource of its own when
 * {@code migrations.url} or {@code migrations.user} is set, else the application's DataSource.
 *
 * <p>As Spring Boot's Flyway support does, what {@code migrations.*} leaves out comes from the application's
 * {@link JdbcConnectionDetails} (its {@code spring.datasource.*} properties, or a service connection such as a
 * Testcontainers {@code @ServiceConnection}); with {@code migrations.user} alone and no connection details, the URL and
 * driver are derived from the application's DataSource.
 */
final class MigrationsConnections {

    private final MigrationsProperties properties;

    private final @Nullable DataSourceProperties dataSourceProperties;

    private final @Nullable JdbcConnectionDetails connectionDetails;

    MigrationsConnections(
            MigrationsProperties properties,
            @Nullable DataSourceProperties dataSourceProperties,
            @Nullable JdbcConnectionDetails connectionDetails) {
        this.properties = properties;
        this.dataSourceProperties = dataSourceProperties;
        this.connectionDetails = connectionDetails;
    }

    /** Whether migrations connect with their own URL or user instead of a DataSource bean. */
    boolean ownConnection() {
        return StringUtils.hasText(this.properties.getUrl()) || StringUtils.hasText(this.properties.getUser());
    }

    DataSource dataSource(
            @Nullable DataSource migrationsDataSource,
            @Nullable DataSource applicationDataSource,
            @Nullable ClassLoader classLoader) {
        if (migrationsDataSource != null) {
            return migrationsDataSource;
        }
        if (ownConnection()) {
            List<ConnectionSetting> settings = ownSettings();
            settings.forEach(ConnectionSetting::check);
            String url = settings.get(0).value();
            DataSourceBuilder<?> builder;
            if (url != null) {
                builder = DataSourceBuilder.create(classLoader).url(url);
            } else if (applicationDataSource != null) {
                builder = DataSourceBuilder.derivedFrom(applicationDataSource);
            } else {
                throw new IllegalStateException("migrations.user is set but neither migrations.url nor"
                        + " spring.datasource.url is, and there is no DataSource to take the URL from");
            }
            return builder.type(SimpleDriverDataSource.class)
                    .username(settings.get(1).value())
                    .password(settings.get(2).value())
                    .build();
        }
        if (applicationDataSource == null) {
            throw new IllegalStateException("No DataSource to migrate: define one or set migrations.url");
        }
        applicationSettings().forEach(ConnectionSetting::check);
        return applicationDataSource;
    }

    private List<ConnectionSetting> ownSettings() {
        JdbcConnectionDetails fallback = this.connectionDetails;
        return List.of(
                either(
                        "migrations.url",
                        this.properties.getUrl(),
                        "spring.datasource.url",
                        (fallback != null) ? fallback.getJdbcUrl() : null,
                        ConnectionSetting.Kind.URL),
                either(
                        "migrations.user",
                        this.properties.getUser(),
                        "spring.datasource.username",
                        (fallback != null) ? fallback.getUsername() : null,
                        ConnectionSetting.Kind.USER),
                either(
                        "migrations.password",
                        this.properties.getPassword(),
                        "spring.datasource.password",
                        (fallback != null) ? fallback.getPassword() : null,
                        ConnectionSetting.Kind.PASSWORD));
    }

    private List<ConnectionSetting> applicationSettings() {
        DataSourceProperties spring = this.dataSourceProperties;
        if (spring == null) {
            return List.of();
        }
        return List.of(
                new ConnectionSetting("spring.datasource.url", spring.getUrl(), ConnectionSetting.Kind.URL),
                new ConnectionSetting("spring.datasource.username", spring.getUsername(), ConnectionSetting.Kind.USER),
                new ConnectionSetting(
                        "spring.datasource.password", spring.getPassword(), ConnectionSetting.Kind.PASSWORD));
    }

    private static ConnectionSetting either(
            String name,
            @Nullable String value,
            String fallbackName,
            @Nullable String fallbackValue,
            ConnectionSetting.Kind kind) {
        return (value != null)
                ? new ConnectionSetting(name, value, kind)
                : new ConnectionSetting(fallbackName, fallbackValue, kind);
    }
}
