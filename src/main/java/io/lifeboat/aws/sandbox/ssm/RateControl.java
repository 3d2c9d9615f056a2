package io.lifeboat.aws.sandbox.ssm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * MaxConcurrency and MaxErrors, as numbers or percentages of the targets, and the schedule they give.
 *
 * <p>The sandbox starts invocations in waves of MaxConcurrency: a wave starts a second after the
 * previous one finished. (SSM refills a slot as soon as it frees; waves make the rate visible and the
 * timeline easy to follow.) When the errors so far exceed MaxErrors, no further wave starts and the
 * invocations not yet sent end as Cancelled with details "Terminated", as SSM reports them.
 * Delivery timeouts take no slot and do not count as errors.
 */
public final class RateControl {

    static final Pattern MAX_CONCURRENCY = Pattern.compile("^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$");
    static final Pattern MAX_ERRORS = Pattern.compile("^([1-9][0-9]*|[0]|[1-9][0-9]%|[0-9]%|100%)$");
    static final Duration DELIVERY = Duration.ofSeconds(1);
    static final Duration BETWEEN_WAVES = Duration.ofSeconds(1);

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
        List<SimulatedInvocation> deliverable = invocations.stream()
                .filter(i -> i.plan().outcome() != InvocationPlan.Outcome.DELIVERY_TIMED_OUT).toList();
        invocations.stream().filter(i -> i.plan().outcome() == InvocationPlan.Outcome.DELIVERY_TIMED_OUT)
                .forEach(i -> i.schedule(null, deliveryDeadline));
        Instant waveStart = dispatchAt;
        int errors = 0;
        Instant stoppedAt = null;
        for (int from = 0; from < deliverable.size(); from += concurrency) {
            List<SimulatedInvocation> wave = deliverable.subList(from, Math.min(deliverable.size(), from + concurrency));
            if (stoppedAt != null) {
                for (SimulatedInvocation invocation : wave) {
                    invocation.terminate(stoppedAt);
                }
                continue;
            }
            Instant waveEnd = waveStart;
            for (SimulatedInvocation invocation : wave) {
                Instant start = waveStart.plus(DELIVERY);
                Instant end = start.plusSeconds(invocation.plan().seconds());
                invocation.schedule(start, end);
                waveEnd = end.isAfter(waveEnd) ? end : waveEnd;
                if (invocation.plan().outcome().error()) {
                    errors++;
                }
            }
            if (errors > maxErrors) {
                stoppedAt = waveEnd;
            }
            waveStart = waveEnd.plus(BETWEEN_WAVES);
        }
    }
}
