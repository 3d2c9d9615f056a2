package io.lifeboat.aws;

import java.time.Duration;

/**
 * Retry and timeout settings for the real SDK clients. The desktop, the CLI and Lambda use
 * {@link #standard()}; contract tests use {@link #noRetries()} because Moto answers an unimplemented
 * call with an HTML 500 that would otherwise be retried.
 */
public record ClientTuning(boolean retries, Duration attemptTimeout, Duration callTimeout) {

    public static ClientTuning standard() {
        return new ClientTuning(true, Duration.ofSeconds(30), Duration.ofMinutes(3));
    }

    public static ClientTuning noRetries() {
        return new ClientTuning(false, Duration.ofSeconds(30), Duration.ofMinutes(1));
    }
}
