package io.lifeboat.aws.sandbox.ssm;

import java.time.Instant;
import software.amazon.awssdk.services.ssm.model.CommandInvocationStatus;

/**
 * One instance's copy of a command and its timeline. Rate control fixes {@code start} and {@code end}
 * when the command is sent; reading derives the status from the clock. Mutable fields change only
 * under the region's lock.
 */
public final class SimulatedInvocation {

    private final ManagedNode node;
    private final InvocationPlan plan;
    private Instant start;
    private Instant end;
    private boolean terminated;
    private Instant cancelledAt;

    SimulatedInvocation(ManagedNode node, InvocationPlan plan) {
        this.node = node;
        this.plan = plan;
    }

    public ManagedNode node() {
        return node;
    }

    public String instanceId() {
        return node.instanceId();
    }

    public InvocationPlan plan() {
        return plan;
    }

    void schedule(Instant startAt, Instant endAt) {
        this.start = startAt;
        this.end = endAt;
    }

    /** Never sent: the command's MaxErrors was exceeded before this invocation's turn. */
    void terminate(Instant at) {
        this.start = null;
        this.end = at;
        this.terminated = true;
    }

    /** Cancels the invocation unless it had already finished by {@code at}. */
    boolean cancel(Instant at) {
        if (cancelledAt != null || !at.isBefore(end)) {
            return false;
        }
        cancelledAt = at;
        return true;
    }

    public InvocationView at(Instant now, Instant dispatchAt) {
        if (cancelledAt != null && !now.isBefore(cancelledAt)) {
            Instant began = start != null && start.isBefore(cancelledAt) ? start : null;
            return view(CommandInvocationStatus.CANCELLED, "Cancelled", -1, began, cancelledAt, true);
        }
        if (terminated) {
            return now.isBefore(end)
                    ? view(CommandInvocationStatus.PENDING, "Pending", -1, null, null, false)
                    : view(CommandInvocationStatus.CANCELLED, "Terminated", -1, null, end, true);
        }
        if (plan.outcome() == InvocationPlan.Outcome.DELIVERY_TIMED_OUT) {
            if (!now.isBefore(end)) {
                return view(CommandInvocationStatus.TIMED_OUT, "Delivery Timed Out", -1, null, end, true);
            }
            return now.isBefore(dispatchAt)
                    ? view(CommandInvocationStatus.PENDING, "Pending", -1, null, null, false)
                    : view(CommandInvocationStatus.DELAYED, "Delayed", -1, null, null, false);
        }
        if (now.isBefore(start)) {
            return view(CommandInvocationStatus.PENDING, "Pending", -1, null, null, false);
        }
        if (now.isBefore(end)) {
            return view(CommandInvocationStatus.IN_PROGRESS, "In Progress", -1, start, null, false);
        }
        return switch (plan.outcome()) {
            case SUCCESS -> new InvocationView(CommandInvocationStatus.SUCCESS, "Success", plan.responseCode(), start,
                    end, plan.stdout(), plan.stderr(), true);
            case FAILED -> new InvocationView(CommandInvocationStatus.FAILED, "Failed", plan.responseCode(), start, end,
                    plan.stdout(), plan.stderr(), true);
            default -> new InvocationView(CommandInvocationStatus.TIMED_OUT, "Execution Timed Out", -1, start, end,
                    plan.stdout(), plan.stderr(), true);
        };
    }

    private static InvocationView view(CommandInvocationStatus status, String details, int code, Instant started,
                                       Instant ended, boolean terminal) {
        return new InvocationView(status, details, code, started, ended, "", "", terminal);
    }
}
