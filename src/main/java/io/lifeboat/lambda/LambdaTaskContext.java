package io.lifeboat.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import io.lifeboat.tasks.TaskContext;

/**
 * Progress in Lambda goes nowhere, but the clock matters: with less than a minute left before the
 * function's timeout, the run stops between batches and still logs its report. What it did not reach
 * is planned again by the next run, since everything made so far carries its tags.
 */
final class LambdaTaskContext implements TaskContext {

    static final long STOP_MARGIN_MILLIS = 60_000;

    private final Context context;

    LambdaTaskContext(Context context) {
        this.context = context;
    }

    @Override
    public void progress(long done, long total) {
    }

    @Override
    public void message(String text) {
    }

    @Override
    public boolean cancelled() {
        return context != null && context.getRemainingTimeInMillis() < STOP_MARGIN_MILLIS;
    }
}
