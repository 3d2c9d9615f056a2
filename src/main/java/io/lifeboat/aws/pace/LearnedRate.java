package io.lifeboat.aws.pace;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * How fast one region's mutating calls may go, learned from EC2's answers alone: no rate is given.
 * A pure state machine over times in nanoseconds, so a test can drive it with a simulated bucket.
 *
 * <p>Until the first throttling answer the rate is unknown and calls are limited by how many are in
 * flight: one, plus one per admitted call (a slow start that doubles every round trip). The first
 * throttling answer means the region's bucket is empty; the rate becomes {@value #DECREASE} of the
 * admitted calls per second over the last two seconds. From then on calls are paced: each admitted call
 * raises the rate by {@value #CATCH_UP} while it is below the rate that was last throttled, and by only
 * {@value #PROBE} above it, so the bucket is probed slowly and throttles stay rare. A throttling answer to
 * a call permitted after the last decrease lowers the rate again, to {@value #DECREASE} of the lower of
 * the rate and what was admitted, never by more than half at once; answers to calls sent before the last
 * decrease say nothing new and are not counted twice.
 */
final class LearnedRate {

    static final double DECREASE = 0.9;
    static final double CATCH_UP = 0.005;
    static final double PROBE = 0.0006;
    /** Calls in flight at most, before and after the rate is known. */
    static final int MAX_WINDOW = 16;

    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final int MIN_SAMPLE = 4;
    private static final long UNSET = Long.MIN_VALUE;

    private final ArrayDeque<Long> admittedAt = new ArrayDeque<>();
    private double rate = Double.NaN;
    private double lastThrottledRate = Double.NaN;
    private int cap = 1;
    private int inFlight;
    private long next;
    private long firstPermit = UNSET;
    private long lastDecrease = UNSET;
    private double latencySeconds = Double.NaN;
    private long admitted;
    private long throttles;

    /**
     * A permit to send at the returned time (now or later), or {@code -1} when the rate is still unknown
     * and the calls in flight fill the window: wait for one to end, then ask again.
     */
    synchronized long reserve(long now) {
        if (firstPermit == UNSET) {
            firstPermit = now;
        }
        if (Double.isNaN(rate)) {
            if (inFlight >= cap) {
                return -1;
            }
            inFlight++;
            return now;
        }
        long slot = Math.max(now, next);
        next = slot + (long) (1e9 / rate);
        inFlight++;
        return slot;
    }

    /** The call permitted at {@code permit} was answered, with anything but throttling. */
    synchronized void admitted(long permit, long now) {
        end(permit, now);
        admitted++;
        admittedAt.addLast(now);
        if (Double.isNaN(rate)) {
            cap = Math.min(MAX_WINDOW, cap + 1);
        } else {
            rate *= 1 + (Double.isNaN(lastThrottledRate) || rate < lastThrottledRate ? CATCH_UP : PROBE);
        }
    }

    /** The call permitted at {@code permit} was refused for throttling (it did not run). */
    synchronized void throttled(long permit, long now) {
        end(permit, now);
        throttleAnswer(permit, now);
    }

    /** The call permitted at {@code permit} ended, its answers already counted ({@link #throttleAnswer}). */
    synchronized void ended(long permit, long now) {
        end(permit, now);
    }

    /**
     * A throttling answer to an attempt of the call permitted at {@code permit}, which goes on (the SDK
     * retries it): counted and learned from, the call still in flight.
     */
    synchronized void throttleAnswer(long permit, long now) {
        throttles++;
        if (lastDecrease != UNSET && permit < lastDecrease) {
            return;
        }
        int recent = recentAdmitted(now);
        double measured = recent / seconds(Math.min(WINDOW_NANOS, Math.max(1, now - firstPermit)));
        if (Double.isNaN(rate)) {
            if (recent < MIN_SAMPLE) {
                cap = Math.max(1, cap / 2);
            } else {
                lastThrottledRate = measured;
                rate = DECREASE * measured;
            }
        } else {
            double base = recent == 0 ? rate : Math.min(rate, measured);
            lastThrottledRate = base;
            rate = Math.max(DECREASE * base, rate / 2);
        }
        lastDecrease = now;
    }

    /** A permit given up before its call was sent (the caller was interrupted while waiting). */
    synchronized void abandoned() {
        inFlight = Math.max(0, inFlight - 1);
    }

    /**
     * How many calls a caller should keep in flight: the slow start's window while the rate is unknown,
     * then what the rate needs over the observed latency (Little's law), with room for one more.
     */
    synchronized int window() {
        if (Double.isNaN(rate) || Double.isNaN(latencySeconds)) {
            return cap;
        }
        return (int) Math.max(1, Math.min(MAX_WINDOW, Math.ceil(2 * rate * latencySeconds) + 1));
    }

    /** The learned rate in calls per second, or NaN while no throttling answer has taught one. */
    synchronized double rate() {
        return rate;
    }

    synchronized double latencySeconds() {
        return latencySeconds;
    }

    synchronized long throttles() {
        return throttles;
    }

    synchronized long admittedCalls() {
        return admitted;
    }

    synchronized int inFlight() {
        return inFlight;
    }

    private void end(long permit, long now) {
        inFlight = Math.max(0, inFlight - 1);
        double latency = seconds(Math.max(0, now - permit));
        latencySeconds = Double.isNaN(latencySeconds) ? latency : 0.9 * latencySeconds + 0.1 * latency;
        notifyAll();
    }

    private int recentAdmitted(long now) {
        while (!admittedAt.isEmpty() && admittedAt.peekFirst() < now - WINDOW_NANOS) {
            admittedAt.pollFirst();
        }
        return admittedAt.size();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
