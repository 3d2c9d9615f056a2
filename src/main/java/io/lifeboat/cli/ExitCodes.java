package io.lifeboat.cli;

/** What the CLI's exit status means, for cron jobs and scripts. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Some volumes, regions or calls failed; the summary says which. */
    public static final int PARTIAL_FAILURE = 1;
    /** Bad command line (picocli's own code). */
    public static final int USAGE = 2;
    /** Could not connect: credentials, profile or endpoint. */
    public static final int CONNECTION_FAILED = 3;
    /** Refused: read-only mode, or a confirmation was needed and not given. */
    public static final int REFUSED = 4;
    /**
     * Stopped by {@code --time-budget} with work left: run again to continue. Comes before 1, so a
     * loop that runs again while the status is 5 finishes the night; failures are reported all the same.
     */
    public static final int STOPPED_BY_BUDGET = 5;

    private ExitCodes() {
    }
}
