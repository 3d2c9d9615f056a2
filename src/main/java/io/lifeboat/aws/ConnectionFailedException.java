package io.lifeboat.aws;

/** Connecting failed; {@link #problem()} says why and how to fix it. */
public class ConnectionFailedException extends RuntimeException {

    private final transient Problem problem;
    private final ConnectionSpec spec;

    public ConnectionFailedException(ConnectionSpec spec, Problem problem, Throwable cause) {
        super(problem.text(), cause);
        this.problem = problem;
        this.spec = spec;
    }

    public Problem problem() {
        return problem;
    }

    public ConnectionSpec spec() {
        return spec;
    }
}
