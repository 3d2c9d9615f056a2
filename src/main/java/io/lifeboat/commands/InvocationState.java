package io.lifeboat.commands;

/**
 * An invocation's state as the watch view counts it. SSM reports a status and finer status details;
 * Terminated (stopped by MaxErrors) and Undeliverable are details, counted on their own here because
 * they mean something else than a cancel or a failure. Delayed counts as pending.
 */
public enum InvocationState {
    PENDING("Pending", false),
    IN_PROGRESS("InProgress", false),
    SUCCESS("Success", true),
    FAILED("Failed", true),
    TIMED_OUT("TimedOut", true),
    CANCELLED("Cancelled", true),
    UNDELIVERABLE("Undeliverable", true),
    TERMINATED("Terminated", true);

    private final String label;
    private final boolean terminal;

    InvocationState(String label, boolean terminal) {
        this.label = label;
        this.terminal = terminal;
    }

    public String label() {
        return label;
    }

    public boolean terminal() {
        return terminal;
    }

    /** Worth running again: it failed, timed out or never got the command. */
    public boolean failed() {
        return this == FAILED || this == TIMED_OUT || this == UNDELIVERABLE;
    }

    /** From SSM's Status and StatusDetails. */
    public static InvocationState of(String status, String details) {
        if ("Undeliverable".equals(details)) {
            return UNDELIVERABLE;
        }
        if ("Terminated".equals(details)) {
            return TERMINATED;
        }
        return switch (status == null ? "" : status) {
            case "InProgress", "Cancelling" -> IN_PROGRESS;
            case "Success" -> SUCCESS;
            case "Failed" -> FAILED;
            case "TimedOut" -> TIMED_OUT;
            case "Cancelled" -> CANCELLED;
            default -> PENDING; // Pending, Delayed
        };
    }
}
