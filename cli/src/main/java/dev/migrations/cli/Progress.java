package dev.migrations.cli;

import dev.migrations.core.Direction;
import dev.migrations.core.MigrationInfo;
import dev.migrations.core.MigrationResult;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Shows progress on stderr during long runs (many migrations): a count every {@value #EVERY} migrations or every
 * two seconds, whichever comes first. Short runs print nothing more than the engine's own lines.
 */
final class Progress implements dev.migrations.core.MigrationListener {

    private static final int EVERY = 100;

    private static final int LONG_RUN = 50;

    private final PrintWriter err;

    private int total;

    private int done;

    private long start;

    private long lastPrinted;

    Progress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void runStarting(MigrationResult.Operation operation, int count) {
        total = count;
        done = 0;
        start = System.nanoTime();
        lastPrinted = start;
    }

    @Override
    public void migrationSucceeded(MigrationInfo migration, Direction direction, Duration duration) {
        done++;
        long now = System.nanoTime();
        if (total >= LONG_RUN && (done % EVERY == 0 || now - lastPrinted > 2_000_000_000L) && done < total) {
            lastPrinted = now;
            err.println("Progress: " + done + "/" + total + " migrations "
                    + ((direction == Direction.UP) ? "applied" : "undone") + " ("
                    + Duration.ofNanos(now - start).toMillis() + " ms)");
            err.flush();
        }
    }
}
