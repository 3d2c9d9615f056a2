package io.lifeboat.restore;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** The job as it runs: every change is saved before the run goes on, so a crash loses nothing done. */
final class JobProgress {

    private final RestoreJobStore store;
    private final Clock clock;
    private RestoreJob job;

    JobProgress(RestoreJob job, RestoreJobStore store, Clock clock) {
        this.job = job;
        this.store = store;
        this.clock = clock;
    }

    RestoreJob job() {
        return job;
    }

    RestoreJob update(UnaryOperator<RestoreJob> change) {
        job = change.apply(job);
        store.save(job);
        return job;
    }

    void step(int index, UnaryOperator<JobStep> change) {
        update(j -> j.withStep(index, change.apply(j.steps().get(index)), clock.instant()));
    }

    /** Saved only when it says something new: a poll that changes nothing writes nothing. */
    void detail(int index, String text) {
        if (!Objects.equals(job.steps().get(index).detail(), text)) {
            step(index, s -> s.detail(text));
        }
    }

    void cutover(UnaryOperator<Cutover> change) {
        update(j -> j.withCutover(change.apply(j.cutover()), clock.instant()));
    }

    Instant now() {
        return clock.instant();
    }
}
