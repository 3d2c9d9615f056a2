package io.lifeboat.aws;

/** Connecting failed; {@link #problem()} says why and how to fix it. */
public class ConnectionFailedException extends ProblemException {

    private final ConnectionSpec spec;

    public ConnectionFailedException(ConnectionSpec spec, Problem problem, Throwable cause) {
        super(problem, cause);
        this.spec = spec;
    }

    public ConnectionSpec spec() {
        return spec;
    }
}
