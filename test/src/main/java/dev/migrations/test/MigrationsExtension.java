package dev.migrations.test;

import dev.migrations.core.MigrationsConfig;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link MigrationsTest} and {@link MigrationsContract}: gives test methods a
 * {@link MigrationsKit} (one per test class) and a {@link TestDatabase} (one per test, dropped after it).
 *
 * @since 0.1.0
 */
public final class MigrationsExtension implements ParameterResolver, ExecutionCondition {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MigrationsExtension.class);

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    /** The contract's opt-in tests: safety runs with {@code lint = true}, entities when JPA is on the class path. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<java.lang.reflect.Method> method = context.getTestMethod();
        if (method.isEmpty() || method.get().getDeclaringClass() != MigrationsContract.class) {
            return ConditionEvaluationResult.enabled("not an opt-in test of the contract");
        }
        String name = method.get().getName();
        if (name.equals("safety")) {
            boolean lint = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), MigrationsTest.class)
                    .map(MigrationsTest::lint)
                    .orElse(false);
            return lint
                    ? ConditionEvaluationResult.enabled("@MigrationsTest(lint = true)")
                    : ConditionEvaluationResult.disabled("safety is opt-in: @MigrationsTest(lint = true)");
        }
        if (name.equals("entitiesMatchMigrations") && !Entities.present()) {
            return ConditionEvaluationResult.disabled("JPA (Hibernate) is not on the class path");
        }
        return ConditionEvaluationResult.enabled("runs by default");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MigrationsKit.class || type == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        MigrationsKit kit = kit(context);
        if (parameter.getParameter().getType() == MigrationsKit.class) {
            return kit;
        }
        // stored in the method's context: JUnit closes (drops) it when the test ends
        return context.getStore(NAMESPACE)
                .computeIfAbsent("database-" + parameter.getIndex(), (key) -> kit.newDatabase(), TestDatabase.class);
    }

    private static MigrationsKit kit(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        return classContext
                .getStore(NAMESPACE)
                .computeIfAbsent("kit", (key) -> create(classContext), MigrationsKit.class);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    static MigrationsKit create(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Optional<MigrationsTest> settings = AnnotationSupport.findAnnotation(testClass, MigrationsTest.class);
        MigrationsKit.Builder builder = MigrationsKit.builder();
        MigrationsConfig config = null;
        Connection connection = null;
        if (settings.isPresent() && !settings.get().url().isBlank()) {
            MigrationsTest test = settings.get();
            connection = new Connection(
                    resolve(test.url()),
                    blankToNull(resolve(test.user())),
                    blankToNull(resolve(test.password())),
                    "@MigrationsTest(url)");
        }
        if (connection == null) {
            connection = containerField(testClass);
        }
        if (SpringContext.present()) {
            Optional<SpringContext.Found> spring = SpringContext.find(context);
            if (spring.isPresent()) {
                config = spring.get().config();
                builder.entities(spring.get().entities().toArray(Class<?>[]::new));
                if (connection == null) {
                    connection = spring.get().connection();
                }
            }
        }
        if (connection == null) {
            String url = System.getProperty("MIGRATIONS_TEST_URL", System.getenv("MIGRATIONS_TEST_URL"));
            if (url != null && !url.isBlank()) {
                connection = new Connection(url, null, null, "MIGRATIONS_TEST_URL");
            }
        }
        if (connection == null) {
            throw new ParameterResolutionException("No PostgreSQL database for the migrations test kit in "
                    + testClass.getName() + ". Give one of:\n"
                    + "  - @MigrationsTest(url = \"jdbc:postgresql://localhost:5432/postgres?user=postgres\")\n"
                    + "  - a static Testcontainers PostgreSQLContainer field (@Container, @ServiceConnection)\n"
                    + "  - a @SpringBootTest whose DataSource is PostgreSQL (the kit reads JdbcConnectionDetails)\n"
                    + "  - the environment variable (or system property) MIGRATIONS_TEST_URL");
        }
        builder.url(connection.url()).user(connection.user()).password(connection.password());
        if (config == null) {
            config = MigrationsConfig.builder().build();
        }
        if (settings.isPresent()) {
            MigrationsTest test = settings.get();
            if (test.locations().length > 0) {
                config = config.toBuilder().locations(List.of(test.locations())).build();
            }
            builder.minimumDowngradeVersion(test.minimumDowngradeVersion())
                    .keep(test.keep())
                    .referenceUrl(blankToNull(resolve(test.referenceUrl())))
                    .entityPackages(test.entityPackages())
                    .lint(test.lint());
        }
        return builder.config(config).build();
    }

    /** A static field holding a JDBC container (Testcontainers' JdbcDatabaseContainer), read without depending on it. */
    private static @Nullable Connection containerField(Class<?> testClass) {
        for (Class<?> type = testClass; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Method url = method(field.getType(), "getJdbcUrl");
                Method user = method(field.getType(), "getUsername");
                Method password = method(field.getType(), "getPassword");
                if (url == null || user == null || password == null) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    Object container = field.get(null);
                    if (container == null) {
                        continue;
                    }
                    return new Connection(
                            (String) url.invoke(container),
                            (String) user.invoke(container),
                            (String) password.invoke(container),
                            "field " + field.getName());
                } catch (ReflectiveOperationException ex) {
                    throw new ParameterResolutionException(
                            "Cannot read the database of container field "
                                    + field.getName()
                                    + " (is the container started? annotate the class with @Testcontainers"
                                    + " and the field with @Container): " + ex.getCause(),
                            ex);
                }
            }
        }
        return null;
    }

    private static @Nullable Method method(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            return (method.getReturnType() == String.class) ? method : null;
        } catch (NoSuchMethodException ex) {
            return null;
        }
    }

    /** Replaces {@code ${NAME}} with the system property or environment variable; a missing one is an error. */
    static String resolve(String value) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = System.getProperty(name, System.getenv(name));
            if (replacement == null) {
                throw new ParameterResolutionException("@MigrationsTest refers to ${" + name + "}, but neither a"
                        + " system property nor an environment variable " + name + " is set.");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return (value == null || value.isBlank()) ? null : value;
    }

    /** Where the database came from, for messages. */
    record Connection(
            String url, @Nullable String user, @Nullable String password, String source) {}
}
