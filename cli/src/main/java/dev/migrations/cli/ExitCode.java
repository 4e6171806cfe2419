package dev.migrations.cli;

/** The exit codes of every command; scripts and CI rely on them, so they never change. */
final class ExitCode {

    static final int OK = 0;

    /** A migration or database failure: the MIG code, message and action are on stderr. */
    static final int FAILED = 1;

    /** A usage or configuration error: nothing was changed. */
    static final int CONFIGURATION = 2;

    /** {@code status --exit-code}: migrations are pending. */
    static final int PENDING = 3;

    private ExitCode() {}
}
