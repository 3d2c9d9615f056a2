package io.lifeboat.aws.sandbox.ssm;

/**
 * What an invocation will do once it runs, decided when the command is sent: the outcome, how long it
 * takes (sandbox seconds), its exit code and output. Deterministic for a command and an instance.
 */
public record InvocationPlan(Outcome outcome, int seconds, int responseCode, String pluginName, String stdout,
                             String stderr) {

    public enum Outcome {
        SUCCESS, FAILED, EXECUTION_TIMED_OUT, DELIVERY_TIMED_OUT;

        /** Failures and execution timeouts count against MaxErrors; delivery timeouts do not. */
        boolean error() {
            return this == FAILED || this == EXECUTION_TIMED_OUT;
        }
    }
}
