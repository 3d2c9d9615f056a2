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
 * admitted calls per second over the last two seconds of busy time (while calls were in flight). From then on calls are paced: each admitted call
 * raises the rate by {@value #CATCH_UP} while it is below the rate that was last throttled, and by only
 * {@value #PROBE} above it, so the bucket is probed slowly and throttles stay rare. A throttling answer to
 * a call permitted after the last decrease lowers the rate again, to {@value #DECREASE} of the lower of
 * the rate and what was admitted, but by no more than {@value #FLOOR} at once (while batches wait out
 * retries they send nothing, and what is admitted then understates the bucket); answers to calls sent
 * before the last decrease say nothing new and are not counted twice.
 */
final class LearnedRate {

    static final double DECREASE = 0.9;
    static final double CATCH_UP = 0.005;
    static final double PROBE = 0.0006;
    /** The most one throttling answer takes off the rate: what was admitted is a poor measure once paced. */
    static final double FLOOR = 0.7;
    /** Calls in flight at most, before and after the rate is known. */
    static final int MAX_WINDOW = 16;

    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final int MIN_SAMPLE = 4;
    private static final int SLACK = 4;
    private static final long UNSET = Long.MIN_VALUE;

    private final ArrayDeque<Long> admittedAt = new ArrayDeque<>();
    private double rate = Double.NaN;
    private double lastThrottledRate = Double.NaN;
    private int cap = 1;
    private int inFlight;
    private long next;
    private long busyNanos;
    private long lastEvent = UNSET;
    private long lastDecrease = UNSET;
    private double latencySeconds = Double.NaN;
    private long throttles;

    /**
     * A permit to send at the returned time (now or later), or {@code -1} when the rate is still unknown
     * and the calls in flight fill the window: wait for one to end, then ask again.
     */
    synchronized long reserve(long now) {
        tick(now);
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

    /** A place in the pace for a call already in flight to send again (its retry): now if not paced yet. */
    synchronized long reserveRetry(long now) {
        if (Double.isNaN(rate)) {
            return now;
        }
        long slot = Math.max(now, next);
        next = slot + (long) (1e9 / rate);
        return slot;
    }

    /** The call permitted at {@code permit} was answered, with anything but throttling. */
    synchronized void admitted(long permit, long now) {
        end(permit, now);
        admittedAt.addLast(busyNanos);
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
        tick(now);
        int recent = recentAdmitted();
        double measured = recent / seconds(Math.min(WINDOW_NANOS, Math.max(1, busyNanos)));
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
            rate = Math.max(DECREASE * base, FLOOR * rate);
        }
        lastDecrease = now;
    }

    /** A permit given up before its call was sent (the caller was interrupted while waiting). */
    synchronized void abandoned() {
        inFlight = Math.max(0, inFlight - 1);
    }

    /**
     * How many calls a caller should keep in flight: the slow start's window while the rate is unknown,
     * then what the rate needs over the observed latency (Little's law, doubled), with room for a few
     * more: a caller's batch that waits out a retry still holds its place, and the pace, not the window,
     * is what keeps the rate.
     */
    synchronized int window() {
        if (Double.isNaN(rate) || Double.isNaN(latencySeconds)) {
            return cap;
        }
        return (int) Math.max(1, Math.min(MAX_WINDOW, Math.ceil(2 * rate * latencySeconds) + SLACK));
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

    private void end(long permit, long now) {
        tick(now);
        inFlight = Math.max(0, inFlight - 1);
        double latency = seconds(Math.max(0, now - permit));
        latencySeconds = Double.isNaN(latencySeconds) ? latency : 0.9 * latencySeconds + 0.1 * latency;
        notifyAll();
    }

    /** Admitted in the last two seconds of busy time. */
    private int recentAdmitted() {
        while (!admittedAt.isEmpty() && admittedAt.peekFirst() < busyNanos - WINDOW_NANOS) {
            admittedAt.pollFirst();
        }
        return admittedAt.size();
    }

    /**
     * Busy time runs while a call is permitted and not yet answered (waiting for its slot included): what
     * was admitted is measured against it, so that idle spells (a desktop session between two edits, the
     * listing before a run) do not read as a slow bucket.
     */
    private void tick(long now) {
        if (lastEvent != UNSET && inFlight > 0) {
            busyNanos += Math.max(0, now - lastEvent);
        }
        lastEvent = Math.max(lastEvent, now);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
