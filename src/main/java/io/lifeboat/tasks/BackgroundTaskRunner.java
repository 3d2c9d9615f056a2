package io.lifeboat.tasks;

import io.lifeboat.aws.Problem;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs tasks on a pool of daemon worker threads, and local tasks on two threads of their own so that
 * filtering rows or reading the store never waits behind AWS calls; outcomes are called back on
 * {@code callbacks}.
 */
public final class BackgroundTaskRunner extends AbstractTaskRunner implements AutoCloseable {

    private static final int LOCAL_THREADS = 2;

    private final ExecutorService workers;
    private final ExecutorService local;

    public BackgroundTaskRunner(int threads, java.util.concurrent.Executor callbacks,
                                Function<Throwable, Problem> describer) {
        super(callbacks, describer);
        this.workers = Executors.newFixedThreadPool(threads, namedDaemons("lifeboat-task-"));
        this.local = Executors.newFixedThreadPool(LOCAL_THREADS, namedDaemons("lifeboat-local-"));
    }

    @Override
    <T> void schedule(TaskHandle<T> handle) {
        ExecutorService pool = handle.spec().local() ? local : workers;
        try {
            handle.execution(pool.submit(() -> execute(handle)));
        } catch (RejectedExecutionException closed) {
            // Closed while the app exits: a callback queued before (a view following the inventory) may still
            // submit. The task ends cancelled instead of throwing on the callback thread.
            handle.cancel();
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        local.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
            local.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ThreadFactory namedDaemons(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
