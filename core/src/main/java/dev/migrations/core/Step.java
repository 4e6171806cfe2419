package dev.migrations.core;

import java.util.ArrayList;
import java.util.List;

/**
 * One step of what a run sends to the database, as data. {@link Steps} builds the list once; {@link Executor} runs it
 * on JDBC and {@link DryRun} prints it as SQL.
 *
 * <p>It exists so that where a transaction begins and commits, which timeouts are set and reset, which statements run
 * and which history row is written are decided in one place: what runs and what a dry run shows cannot drift.
 */
sealed interface Step permits Step.SetTimeouts, Step.Migration, Step.ResetTimeouts {

    /** Sets the run's lock and statement timeouts for the session, once before the first migration. */
    record SetTimeouts(String sql) implements Step {}

    /** Gives the session its own timeouts back, once after the last migration. */
    record ResetTimeouts(String sql) implements Step {}

    /**
     * One migration in one direction and what it does, in order: {@link Begin} and {@link Commit} around the rest when
     * it runs in a transaction, its statements or its Java code, then its history change.
     *
     * @param rank the history rank it is recorded at (up) or removed from (down)
     */
    record Migration(ResolvedMigration migration, Direction direction, int rank, List<Action> actions) implements Step {

        public Migration {
            actions = List.copyOf(actions);
        }

        boolean transactional() {
            return actions.get(0) instanceof Begin;
        }

        /** Whether it runs Java code, whose statements are known only when it runs. */
        boolean runsCode() {
            return actions.stream().anyMatch(RunCode.class::isInstance);
        }

        /** The SQL statements it executes, in order; none for Java code. */
        List<SqlStatement> statements() {
            List<SqlStatement> statements = new ArrayList<>();
            for (Action action : actions) {
                if (action instanceof Execute execute) {
                    statements.add(execute.statement());
                }
            }
            return statements;
        }

        /** Its history change: the row recorded for an upgrade, or the row removed for a downgrade. */
        Action history() {
            for (Action action : actions) {
                if (action instanceof Record || action instanceof Remove) {
                    return action;
                }
            }
            throw new IllegalStateException("No history change for " + migration.label());
        }
    }

    /** What one migration does. */
    sealed interface Action permits Begin, Execute, RunCode, Record, Remove, Commit {}

    /** Starts the migration's transaction. */
    record Begin() implements Action {}

    /** Executes one SQL statement, placeholders replaced. */
    record Execute(SqlStatement statement) implements Action {}

    /** Runs a Java migration's code in the given direction. */
    record RunCode(JavaMigration java, Direction direction) implements Action {}

    /** Writes the history row of an applied migration (its execution time is filled in when it ran). */
    record Record(HistoryRow row) implements Action {}

    /** Deletes the history row of an undone migration. */
    record Remove(int rank) implements Action {}

    /** Commits the migration's transaction, its history change included. */
    record Commit() implements Action {}
}
