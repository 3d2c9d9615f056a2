package io.lifeboat.backup;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits between retries. Injected, so tests record the pauses instead of sitting through them. */
@FunctionalInterface
public interface Sleeper {

    /** @throws InterruptedException when the task is cancelled while waiting */
    void sleep(Duration duration) throws InterruptedException;

    /** Really waits (interruptibly: cancelling the task ends the wait). */
    Sleeper SYSTEM = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
}
