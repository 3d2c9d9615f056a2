package io.lifeboat.aws.pace;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * EC2's token bucket for one region and a client of {@link LearnedRate} with {@code workers} callers,
 * in simulated time (no thread, no sleep): each call reaches the bucket half a latency after it is sent
 * and is answered a latency after; a throttled call is sent again after a pause that doubles, as the
 * backup engine's retries do. Deterministic for a seed.
 */
final class SimulatedRegion {

    record Result(double seconds, double floorSeconds, long sent, long throttled, double learnedRate) {
        double ratio() {
            return seconds / floorSeconds;
        }

        double throttledShare() {
            return (double) throttled / sent;
        }
    }

    private record Event(long at, long order, Kind kind, int attempt, long permit) implements Comparable<Event> {
        @Override
        public int compareTo(Event other) {
            return at != other.at ? Long.compare(at, other.at) : Long.compare(order, other.order);
        }
    }

    private enum Kind { START, SEND, ADMITTED, THROTTLED }

    private final int bucket;
    private final double refillPerSecond;
    private final long latencyNanos;
    private final Random random;
    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private final Deque<Integer> waiting = new ArrayDeque<>();
    private double tokens;
    private long bucketTime;
    private long order;

    SimulatedRegion(int bucket, double refillPerSecond, long latencyMillis, long seed) {
        this.bucket = bucket;
        this.refillPerSecond = refillPerSecond;
        this.latencyNanos = latencyMillis * 1_000_000;
        this.random = new Random(seed);
        this.tokens = bucket;
    }

    Result run(int calls, int workers) {
        LearnedRate rate = new LearnedRate();
        int left = calls;
        for (int w = 0; w < Math.min(workers, calls); w++) {
            left--;
            schedule(0, Kind.START, 0, 0);
        }
        long sent = 0;
        long throttled = 0;
        long end = 0;
        while (!events.isEmpty()) {
            Event e = events.poll();
            switch (e.kind()) {
                case START -> start(rate, e.at(), e.attempt());
                case SEND -> {
                    sent++;
                    long latency = (long) (latencyNanos * (0.7 + 0.6 * random.nextDouble()));
                    boolean admitted = admit(e.at() + latency / 2);
                    schedule(e.at() + latency, admitted ? Kind.ADMITTED : Kind.THROTTLED, e.attempt(), e.at());
                }
                case THROTTLED -> {
                    throttled++;
                    rate.throttled(e.permit(), e.at());
                    double pause = Math.min(20, 0.5 * Math.pow(2, e.attempt())) * (0.5 + 0.5 * random.nextDouble());
                    schedule(e.at() + (long) (pause * 1e9), Kind.START, e.attempt() + 1, 0);
                    wake(rate, e.at());
                }
                case ADMITTED -> {
                    rate.admitted(e.permit(), e.at());
                    end = e.at();
                    if (left > 0) {
                        left--;
                        schedule(e.at(), Kind.START, 0, 0);
                    }
                    wake(rate, e.at());
                }
            }
        }
        return new Result(end / 1e9, (calls - bucket) / refillPerSecond, sent, throttled, rate.rate());
    }

    private void start(LearnedRate rate, long now, int attempt) {
        long slot = rate.reserve(now);
        if (slot < 0) {
            waiting.add(attempt);
        } else {
            schedule(slot, Kind.SEND, attempt, 0);
        }
    }

    private void wake(LearnedRate rate, long now) {
        int n = waiting.size();
        for (int i = 0; i < n; i++) {
            start(rate, now, waiting.poll());
        }
    }

    private boolean admit(long at) {
        tokens = Math.min(bucket, tokens + (at - bucketTime) / 1e9 * refillPerSecond);
        bucketTime = Math.max(bucketTime, at);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    private void schedule(long at, Kind kind, int attempt, long permit) {
        events.add(new Event(at, order++, kind, attempt, permit));
    }
}
