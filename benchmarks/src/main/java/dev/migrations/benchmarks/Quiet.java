package dev.migrations.benchmarks;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logging of the in-process and fresh-JVM runs (W1, W2): warnings only, for every engine, so that what is measured is
 * the engines' work and not the console. Logback reads {@value #CHILD_LOGBACK}; Liquibase and the PostgreSQL driver
 * log through java.util.logging. The Boot applications of W3 keep Spring Boot's default logging (INFO to the console,
 * drained by the harness into a log file), as in production.
 */
final class Quiet {

    static final String CHILD_LOGBACK = "bench-logback.xml";

    /** Strong references: java.util.logging forgets the level of a logger that is garbage collected. */
    private static final Logger[] LOGGERS = {Logger.getLogger(""), Logger.getLogger("liquibase")};

    private Quiet() {}

    static void apply() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", CHILD_LOGBACK);
        }
        System.setProperty("liquibase.showSummaryOutput", "LOG");
        for (Logger logger : LOGGERS) {
            logger.setLevel(Level.WARNING);
        }
    }
}
