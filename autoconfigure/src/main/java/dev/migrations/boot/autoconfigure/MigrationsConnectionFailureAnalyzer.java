package dev.migrations.boot.autoconfigure;

import dev.migrations.core.ConnectionFailure;
import dev.migrations.core.ErrorCode;
import dev.migrations.core.MigrationException;
import dev.migrations.core.Secrets;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Explains why the migration connection failed (authentication, unknown host, refused, missing database, timeout)
 * and shows the URL and user it used, with the password masked.
 */
class MigrationsConnectionFailureAnalyzer extends AbstractFailureAnalyzer<MigrationException> {

    private final Binder binder;

    MigrationsConnectionFailureAnalyzer(Environment environment) {
        this.binder = Binder.get(environment);
    }

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, MigrationException cause) {
        if (cause.code() != ErrorCode.CONNECTION_FAILED) {
            return null;
        }
        boolean own = property("migrations.url") != null || property("migrations.user") != null;
        String url = own ? first("migrations.url", "spring.datasource.url") : property("spring.datasource.url");
        String user =
                own ? first("migrations.user", "spring.datasource.username") : property("spring.datasource.username");
        StringBuilder description = new StringBuilder("Migrations could not connect to the database: ")
                .append(reason(cause))
                .append(".\n\n  URL:         ")
                .append((url != null) ? Secrets.maskUrl(url) : "(not set: a DataSource bean)");
        if (user != null) {
            description.append("\n  User:        ").append(user);
        }
        description.append("\n  Error:       ").append(cause.description().replace("\n", "\n  "));
        String action = (cause.action() != null) ? cause.action() : "Check the JDBC URL, user and password.";
        return new FailureAnalysis(Secrets.maskUrl(description.toString()), action, cause);
    }

    /** The engine's classification ({@link MigrationException#connectionFailure()}), in a few words. */
    static String reason(MigrationException ex) {
        ConnectionFailure failure = ex.connectionFailure();
        return (failure != null) ? failure.reason() : ConnectionFailure.OTHER.reason();
    }

    private @Nullable String first(String name, String fallback) {
        String value = property(name);
        return (value != null) ? value : property(fallback);
    }

    private @Nullable String property(String name) {
        return this.binder.bind(name, String.class).orElse(null);
    }
}
