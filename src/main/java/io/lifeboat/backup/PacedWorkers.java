package io.lifeboat.backup;

import io.lifeboat.aws.pace.Pace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Runs one region's items in plan order on a few threads, keeping in flight only as many as the
 * region's pace asks for ({@link Pace#window()}: one at first, then what the learned rate needs over
 * the latency). Before starting an item it checks for a cancel, and whether the time budget still allows
 * an item of the usual duration plus {@code tail} (work that must follow, such as the duplicate sweep);
 * an item not started gets its "not started" result instead.
 */
final class PacedWorkers {

    /** Why an item was not started. */
    enum Stop { CANCELLED, BUDGET }

    private final ExecutorService threads;
    private final int threadCount;
    private final Pace pace;
    private final TimeBudget budget;
    private final BooleanSupplier cancelled;
    private final LongSupplier nanoTime;
    private int running;
    private double averageNanos = Double.NaN;

    PacedWorkers(ExecutorService threads, int threadCount, Pace pace, TimeBudget budget, BooleanSupplier cancelled,
                 LongSupplier nanoTime) {
        this.threads = threads;
        this.threadCount = threadCount;
        this.pace = pace;
        this.budget = budget;
        this.cancelled = cancelled;
        this.nanoTime = nanoTime;
    }

    interface NotStarted<T, R> {
        R result(T item, Stop why);
    }

    /**
     * Runs {@code work} over {@code items}; returns the results in the items' order.
     *
     * @param tail time the budget must keep for what follows these items, given how many have run
     */
    <T, R> List<R> each(List<T> items, Function<T, R> work, NotStarted<T, R> notStarted,
                        Function<Integer, Duration> tail) {
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        List<Future<?>> loops = new ArrayList<>();
        for (int t = 0; t < Math.min(threadCount, items.size()) && !cancelled.getAsBoolean(); t++) {
            try {
                loops.add(threads.submit(() -> loop(items, work, notStarted, tail, results, next, ran)));
            } catch (RejectedExecutionException shutDown) {
                break;
            }
        }
        boolean interrupted = false;
        for (Future<?> loop : loops) {
            while (true) {
                try {
                    loop.get();
                    break;
                } catch (InterruptedException e) {
                    // A cancel: the loops see it (the runner stops them) and end after the calls in flight.
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw new IllegalStateException("A backup worker failed: " + e.getCause(), e.getCause());
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        List<R> ordered = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            @SuppressWarnings("unchecked")
            R r = results[i] == null ? notStarted.result(items.get(i), Stop.CANCELLED) : (R) results[i];
            ordered.add(r);
        }
        return ordered;
    }

    private <T, R> Void loop(List<T> items, Function<T, R> work, NotStarted<T, R> notStarted,
                             Function<Integer, Duration> tail, Object[] results, AtomicInteger next,
                             AtomicInteger ran) {
        while (true) {
            enter();
            int i = next.getAndIncrement();
            if (i >= items.size()) {
                leave(0);
                return null;
            }
            Stop stop = stop(tail.apply(ran.get()));
            if (stop != null) {
                leave(0);
                results[i] = notStarted.result(items.get(i), stop);
            } else {
                long start = nanoTime.getAsLong();
                try {
                    results[i] = work.apply(items.get(i));
                } finally {
                    ran.incrementAndGet();
                    leave(nanoTime.getAsLong() - start);
                }
            }
        }
    }

    private Stop stop(Duration tail) {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            return Stop.CANCELLED;
        }
        if (!budget.limited()) {
            return null;
        }
        double usual;
        synchronized (this) {
            usual = Double.isNaN(averageNanos) ? 0 : averageNanos;
        }
        return budget.allows(Duration.ofNanos((long) (2 * usual)).plus(tail)) ? null : Stop.BUDGET;
    }

    /** Waits for room in the window; a cancel (an interrupt) ends the wait, and the item is then not started. */
    private synchronized void enter() {
        while (running >= pace.window() && !Thread.currentThread().isInterrupted()) {
            try {
                wait(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running++;
    }

    private synchronized void leave(long tookNanos) {
        running--;
        if (tookNanos > 0) {
            averageNanos = Double.isNaN(averageNanos) ? tookNanos : 0.8 * averageNanos + 0.2 * tookNanos;
        }
        notifyAll();
    }
}
