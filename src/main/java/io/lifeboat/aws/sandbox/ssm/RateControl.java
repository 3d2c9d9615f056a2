package io.lifeboat.aws.sandbox.ssm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.regex.Pattern;

/**
 * MaxConcurrency and MaxErrors, as numbers or percentages of the targets, and the schedule they give.
 *
 * <p>As on SSM, at most MaxConcurrency invocations run at once and a slot is refilled as soon as an
 * invocation frees it (a slow instance holds up one slot, not the whole fleet). Once more errors than
 * MaxErrors have come back, no further invocation is sent: those not started by then end as Cancelled
 * with details "Terminated", and those already running finish. Delivery timeouts take no slot and do
 * not count as errors.
 */
public final class RateControl {

    static final Pattern MAX_CONCURRENCY = Pattern.compile("^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$");
    static final Pattern MAX_ERRORS = Pattern.compile("^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$");
    static final Duration DELIVERY = Duration.ofSeconds(1);

    private RateControl() {
    }

    /** Concurrency as a count: a percentage rounds up, and is never below one. */
    static int concurrency(String value, int targets) {
        if (value.endsWith("%")) {
            int percent = Integer.parseInt(value.substring(0, value.length() - 1));
            return Math.max(1, (int) Math.ceil(targets * percent / 100.0));
        }
        return Integer.parseInt(value);
    }

    /** Errors allowed as a count: a percentage rounds down (10% of 50 allows 5, the 6th stops it). */
    static int errors(String value, int targets) {
        if (value.endsWith("%")) {
            int percent = Integer.parseInt(value.substring(0, value.length() - 1));
            return (int) Math.floor(targets * percent / 100.0);
        }
        return Integer.parseInt(value);
    }

    static void schedule(List<SimulatedInvocation> invocations, Instant dispatchAt, Instant deliveryDeadline,
                         int concurrency, int maxErrors) {
        invocations.stream().filter(i -> i.plan().outcome() == InvocationPlan.Outcome.DELIVERY_TIMED_OUT)
                .forEach(i -> i.schedule(null, deliveryDeadline));
        PriorityQueue<Instant> freeSlots = new PriorityQueue<>();
        for (int slot = 0; slot < concurrency; slot++) {
            freeSlots.add(dispatchAt);
        }
        List<Instant> errorsAt = new ArrayList<>();
        Instant stoppedAt = null;
        for (SimulatedInvocation invocation : invocations) {
            if (invocation.plan().outcome() == InvocationPlan.Outcome.DELIVERY_TIMED_OUT) {
                continue;
            }
            Instant slotFree = freeSlots.poll();
            if (stoppedAt == null) {
                stoppedAt = stopTime(errorsAt, slotFree, maxErrors);
            }
            if (stoppedAt != null) {
                invocation.terminate(stoppedAt);
                continue;
            }
            Instant start = slotFree.plus(DELIVERY);
            Instant end = start.plusSeconds(invocation.plan().seconds());
            invocation.schedule(start, end);
            if (invocation.plan().outcome().error()) {
                errorsAt.add(end);
            }
            freeSlots.add(end);
        }
    }

    /** When MaxErrors was exceeded, if it was by {@code now}: the moment of the error one beyond it. */
    private static Instant stopTime(List<Instant> errorsAt, Instant now, int maxErrors) {
        List<Instant> known = errorsAt.stream().filter(at -> !at.isAfter(now)).sorted().toList();
        return known.size() > maxErrors ? known.get(maxErrors) : null;
    }
}
