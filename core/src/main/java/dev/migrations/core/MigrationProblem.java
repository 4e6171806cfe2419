package dev.migrations.core;

import java.util.List;

/**
 * One reason why a schema is not ready for the application, as {@link MigrationStatus#problems(boolean)} decides it:
 * its kind (with the error code {@link Migrator#validate()} fails with), the sentence that says why, and the
 * migrations or indexes concerned. The health indicator, the command line and {@code validate} all read this one
 * decision, so they never disagree on what a problem is.
 *
 * @param kind what is wrong
 * @param reason one sentence for humans, for example {@code "the history table records a failed migration"}
 * @param subjects the migrations concerned ({@link MigrationInfo#label() labels}), or the indexes for
 *     {@link Kind#INVALID_INDEX}
 * @since 0.1.0
 */
public record MigrationProblem(Kind kind, String reason, List<String> subjects) {

    public MigrationProblem {
        subjects = List.copyOf(subjects);
    }

    /** The error code {@link Migrator#validate()} fails with for this problem. */
    public ErrorCode code() {
        return kind.code();
    }

    /** The kinds of problem, in the order they are reported. */
    public enum Kind {

        /** The history records a failed migration, or one interrupted halfway: a repair is needed. */
        FAILED(ErrorCode.FAILED_MIGRATION_IN_HISTORY, "failed", "the history table records a failed migration"),

        /** An applied migration's file changed since it was applied. */
        CHECKSUM_MISMATCH(
                ErrorCode.CHECKSUM_MISMATCH,
                "checksumMismatch",
                "an applied migration was changed since it was applied"),

        /** A pending migration is older than the newest applied one, and out-of-order runs are not allowed. */
        OUT_OF_ORDER(ErrorCode.OUT_OF_ORDER, "outOfOrder", "a migration is older than the newest applied one"),

        /** A failed {@code CREATE INDEX CONCURRENTLY} left an INVALID index behind. */
        INVALID_INDEX(
                ErrorCode.INVALID_INDEX, "invalidIndexes", "a failed CREATE INDEX CONCURRENTLY left an INVALID index"),

        /** Migrations wait to be applied, where that counts as a problem (validate, a readiness probe). */
        PENDING(ErrorCode.PENDING_MIGRATIONS, "pendingVersions", "migration(s) pending");

        private final ErrorCode code;

        private final String key;

        private final String reason;

        Kind(ErrorCode code, String key, String reason) {
            this.code = code;
            this.key = key;
            this.reason = reason;
        }

        /** The error code {@link Migrator#validate()} fails with. */
        public ErrorCode code() {
            return code;
        }

        /** A camelCase key for structured output (the health indicator's detail names the subjects with it). */
        public String key() {
            return key;
        }

        /**
         * Whether this kind is a problem at all: out of order only when the next migrate would not apply such a
         * migration ({@link MigrationState#isToApply(boolean)}), pending only when {@code pendingIsProblem}; the others
         * always are.
         */
        public boolean applies(boolean outOfOrderAllowed, boolean pendingIsProblem) {
            return switch (this) {
                case OUT_OF_ORDER -> !MigrationState.OUT_OF_ORDER.isToApply(outOfOrderAllowed);
                case PENDING -> pendingIsProblem;
                default -> true;
            };
        }

        /** The reason sentence for {@code subjects}. */
        String reason(List<String> subjects) {
            return (this == PENDING) ? subjects.size() + " " + reason : reason;
        }

        MigrationProblem of(List<String> subjects) {
            return new MigrationProblem(this, reason(subjects), subjects);
        }
    }
}
