package io.lifeboat.aws;

/** A failure that already knows how to explain itself; {@link AwsErrors#describe} returns its problem as is. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    public ProblemException(Problem problem, Throwable cause) {
        super(problem.text(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
