package io.lifeboat.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import io.lifeboat.backup.TimeBudget;
import io.lifeboat.tasks.TaskContext;
import java.time.Duration;

/**
 * Progress in Lambda goes nowhere, but the clock matters: the run's time budget is the invocation's
 * remaining time less a safety margin (for the calls in flight, the duplicate sweep and the report), so
 * the run starts no work that would pass the function's timeout, and still logs its report. What it
 * did not reach is planned again by the next run (the stack's schedule repeats through the night),
 * since everything made so far carries its tags.
 */
final class LambdaTaskContext implements TaskContext {

    private final Context context;

    LambdaTaskContext(Context context) {
        this.context = context;
    }

    /** The budget for this invocation: what Lambda says is left, less {@code margin}; none outside Lambda. */
    TimeBudget budget(Duration margin) {
        if (context == null) {
            return TimeBudget.none();
        }
        Duration left = Duration.ofMillis(context.getRemainingTimeInMillis()).minus(margin);
        return TimeBudget.of(left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left);
    }

    @Override
    public void progress(long done, long total) {
    }

    @Override
    public void message(String text) {
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
