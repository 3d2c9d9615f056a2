package io.lifeboat.aws.pace;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Paces one region's mutating calls at the {@link LearnedRate} (its algorithm is described there): a caller asks for a permit, waits until
 * its time (outside any lock, interruptibly), sends, and reports how the call was answered.
 */
public final class RegionPacer implements Pace {

    private final LearnedRate state = new LearnedRate();
    private final LongSupplier nanoTime;

    public RegionPacer(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * Waits for a permit; returns its time, to hand back with the answer.
     *
     * @throws InterruptedException when the caller is cancelled while waiting; nothing was sent then
     */
    public long acquire() throws InterruptedException {
        while (true) {
            long slot;
            synchronized (state) {
                slot = state.reserve(nanoTime.getAsLong());
                if (slot < 0) {
                    state.wait(50);
                    continue;
                }
            }
            try {
                long wait = slot - nanoTime.getAsLong();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                return slot;
            } catch (InterruptedException e) {
                state.abandoned();
                throw e;
            }
        }
    }

    public void admitted(long permit) {
        state.admitted(permit, nanoTime.getAsLong());
    }

    public void throttled(long permit) {
        state.throttled(permit, nanoTime.getAsLong());
    }

    /** The call ended; its throttling answers were reported one by one ({@link #throttleAnswer}). */
    public void ended(long permit) {
        state.ended(permit, nanoTime.getAsLong());
    }

    /** An attempt of a call still in flight was throttled (the SDK retries it itself). */
    public void throttleAnswer(long permit) {
        state.throttleAnswer(permit, nanoTime.getAsLong());
    }

    /** The wait for the next place in the pace, for a retry of a call already in flight (the SDK's own). */
    public Duration retryDelay() {
        long now = nanoTime.getAsLong();
        return Duration.ofNanos(Math.max(0, state.reserveRetry(now) - now));
    }

    @Override
    public int window() {
        return state.window();
    }

    @Override
    public double rate() {
        return state.rate();
    }

    @Override
    public long throttles() {
        return state.throttles();
    }

    @Override
    public double latencySeconds() {
        return state.latencySeconds();
    }
}
