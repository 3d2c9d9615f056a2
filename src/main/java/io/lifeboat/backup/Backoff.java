package io.lifeboat.backup;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How often, and after what pauses, a throttled or transient call is tried again: exponential
 * ({@code base * 2^(n-1)}, capped) with jitter, so that many volumes throttled together do not come
 * back together. These retries sit above the SDK's own, so that the sandbox and an interrupted
 * answer are covered too.
 *
 * @param maxAttempts attempts per call in all, the first included
 * @param random values in [0, 1) for the jitter
 */
public record Backoff(int maxAttempts, Duration base, Duration cap, Sleeper sleeper, DoubleSupplier random) {

    public Backoff {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt");
        }
    }

    public static Backoff standard() {
        return new Backoff(6, Duration.ofMillis(500), Duration.ofSeconds(20), Sleeper.SYSTEM,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    /** The pause after {@code failures} failed attempts: half fixed, half random ("equal jitter"). */
    public Duration delay(int failures) {
        long exponential = base.toMillis() << Math.min(failures - 1, 20);
        long capped = Math.min(cap.toMillis(), exponential);
        return Duration.ofMillis(capped / 2 + (long) (random.getAsDouble() * (capped - capped / 2)));
    }

    void pause(int failures) throws InterruptedException {
        sleeper.sleep(delay(failures));
    }
}
