package io.lifeboat.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Restartable work off the FX thread (filtering 10,000 rows): only the latest request's result is
 * delivered, on the FX thread; earlier ones still running are simply ignored when they finish.
 */
public final class BackgroundComputation {

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "lifeboat-ui-compute");
        thread.setDaemon(true);
        return thread;
    });

    private final AtomicLong generation = new AtomicLong();

    public <T> void run(Supplier<T> work, Consumer<T> onFxThread) {
        long mine = generation.incrementAndGet();
        WORKER.execute(() -> {
            if (generation.get() != mine) {
                return;
            }
            T result = work.get();
            Platform.runLater(() -> {
                if (generation.get() == mine) {
                    onFxThread.accept(result);
                }
            });
        });
    }
}
