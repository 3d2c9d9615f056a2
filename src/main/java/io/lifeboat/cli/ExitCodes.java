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

    private ExitCodes() {
    }
}
