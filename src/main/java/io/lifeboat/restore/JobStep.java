package io.lifeboat.restore;

import io.lifeboat.aws.Problem;
import java.time.Duration;
import java.time.Instant;

/**
 * One step of a restore job and how it went.
 *
 * @param resource what the step works on (the new cluster, an instance)
 * @param detail the last thing worth saying ("creating", "2 of 3 instances available")
 * @param problem why it failed, or {@code null}
 */
public record JobStep(StepKind kind, String resource, StepState state, Instant startedAt, Instant endedAt,
                      String detail, Problem problem) {

    public static JobStep pending(StepKind kind, String resource) {
        return new JobStep(kind, resource, StepState.PENDING, null, null, null, null);
    }

    JobStep running(Instant now) {
        return new JobStep(kind, resource, StepState.RUNNING, startedAt == null ? now : startedAt, null, detail, null);
    }

    JobStep detail(String text) {
        return new JobStep(kind, resource, state, startedAt, endedAt, text, problem);
    }

    JobStep done(Instant now, String text) {
        return new JobStep(kind, resource, StepState.DONE, startedAt == null ? now : startedAt, now, text, null);
    }

    JobStep failed(Instant now, Problem why) {
        return new JobStep(kind, resource, StepState.FAILED, startedAt, now, detail, why);
    }

    /** Back to pending, keeping when it first started: a retry, or a run stopped half-way. */
    JobStep reset() {
        return new JobStep(kind, resource, StepState.PENDING, startedAt, null, detail, null);
    }

    public String label() {
        return kind.label() + (resource == null ? "" : " " + resource);
    }

    /** How long it ran (so far, at {@code now}), or {@code null} before it started. */
    public Duration elapsed(Instant now) {
        if (startedAt == null) {
            return null;
        }
        return Duration.between(startedAt, endedAt != null ? endedAt : now);
    }
}
