package dev.migrations.test;

import dev.migrations.core.MigrationsConfig;
import dev.migrations.core.Migrator;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Reads the database and the migrations configuration from the Spring test context of a {@code @SpringBootTest}:
 * Boot's {@link JdbcConnectionDetails} (from properties or a {@code @ServiceConnection}) and the application's
 * {@link Migrator}, so the kit tests exactly the locations and placeholders the application uses. Only loaded when
 * Spring's test support is on the class path.
 */
final class SpringContext {

    private SpringContext() {}

    static boolean present() {
        try {
            Class.forName(
                    "org.springframework.test.context.junit.jupiter.SpringExtension",
                    false,
                    SpringContext.class.getClassLoader());
            Class.forName(
                    "org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails",
                    false,
                    SpringContext.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError ex) {
            return false;
        }
    }

    /** What the Spring context of the test class offers, when the class runs with Spring's extension. */
    static Optional<Found> find(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        boolean spring = AnnotationSupport.findRepeatableAnnotations(testClass, ExtendWith.class).stream()
                .flatMap((extendWith) -> Arrays.stream(extendWith.value()))
                .anyMatch(SpringExtension.class::equals);
        if (!spring) {
            return Optional.empty();
        }
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        Migrator migrator = application.getBeanProvider(Migrator.class).getIfAvailable();
        MigrationsConfig config = (migrator != null) ? migrator.config() : null;
        JdbcConnectionDetails details =
                application.getBeanProvider(JdbcConnectionDetails.class).getIfAvailable();
        Details connection = (details != null)
                ? new Details(details.getJdbcUrl(), details.getUsername(), details.getPassword())
                : null;
        List<Class<?>> entities = Entities.present() ? SpringJpa.entities(application) : List.of();
        return Optional.of(new Found(
                (connection != null)
                        ? new MigrationsExtension.Connection(
                                connection.url(), connection.user(), connection.password(), "Spring test context")
                        : null,
                config,
                entities));
    }

    private record Details(
            String url, @Nullable String user, @Nullable String password) {}

    /** The connection (or {@code null}), the migrator's configuration (or {@code null}) and the JPA entities. */
    record Found(
            MigrationsExtension.@Nullable Connection connection,
            @Nullable MigrationsConfig config,
            List<Class<?>> entities) {}
}
