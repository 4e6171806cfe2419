package dev.migrations.core;

import java.util.List;

/**
 * What one read of the history table found: its rows in installation order, or that the table does not exist yet. A
 * missing table is not an empty one (a first start may baseline, creates the table, checks for an existing schema),
 * so it is a state of its own rather than a null list that a caller could forget to test.
 *
 * @param exists whether the history table exists
 * @param rows the rows in installation order; empty when the table does not exist
 */
record HistorySnapshot(boolean exists, List<HistoryRow> rows) {

    private static final HistorySnapshot ABSENT = new HistorySnapshot(false, List.of());

    HistorySnapshot {
        if (!exists && !rows.isEmpty()) {
            throw new IllegalArgumentException("A history table that does not exist has no rows");
        }
    }

    /** The history table does not exist. */
    static HistorySnapshot absent() {
        return ABSENT;
    }

    /** The history table exists and holds {@code rows}. */
    static HistorySnapshot of(List<HistoryRow> rows) {
        return new HistorySnapshot(true, rows);
    }

    /** The rank the next row gets: one above the newest row's, 1 for an empty or missing table. */
    int nextRank() {
        return nextRank(rows);
    }

    static int nextRank(List<HistoryRow> rows) {
        return rows.isEmpty() ? 1 : rows.get(rows.size() - 1).rank() + 1;
    }
}
