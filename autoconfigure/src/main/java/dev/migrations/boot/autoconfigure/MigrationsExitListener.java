package dev.migrations.boot.autoconfigure;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Closes the context and exits the JVM once the application has started, for the modes that only migrate
 * ({@code migrate-and-exit}, {@code repair}): a Kubernetes Job or init container then ends with status 0. A failed
 * migration fails the start instead, which ends the JVM with a non-zero status.
 */
final class MigrationsExitListener implements ApplicationListener<ApplicationStartedEvent> {

    private static final Log logger = LogFactory.getLog(MigrationsExitListener.class);

    private final MigrationsMode mode;

    private final JvmExit jvmExit;

    MigrationsExitListener(MigrationsMode mode, JvmExit jvmExit) {
        this.mode = mode;
        this.jvmExit = jvmExit;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        if (this.mode.exits()) {
            int status = SpringApplication.exit(event.getApplicationContext(), () -> 0);
            logger.info("Exiting with status " + status + " (migrations.mode=" + this.mode.propertyValue() + ")");
            this.jvmExit.exit(status);
        }
    }
}
