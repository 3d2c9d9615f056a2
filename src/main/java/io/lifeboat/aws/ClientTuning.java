package io.lifeboat.aws;

import java.time.Duration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * Retry and timeout settings for the real SDK clients. The desktop, the CLI and Lambda use
 * {@link #standard()}; contract tests use {@link #noRetries()} because Moto answers an unimplemented
 * call with an HTML 500 that would otherwise be retried.
 *
 * <p>Reads are retried by the SDK's adaptive mode on everything it deems retryable. Mutating calls
 * ({@link #forWrites}) are retried by the SDK on throttling only: a throttled request was refused
 * unrun, but after a 5xx, a broken connection or an attempt timeout the request may have run, and
 * CreateSnapshot(s) take no client token, so a resend by the SDK would make a second snapshot before
 * Lifeboat's own look-up-then-resend ({@code backup.SnapshotCreator}) could check; SSM's SendCommand is
 * not idempotent either, and a resend would run the command twice ({@code commands.CommandSender} looks
 * a lost answer up by its comment token instead).
 */
public record ClientTuning(boolean retries, Duration attemptTimeout, Duration callTimeout) {

    public static ClientTuning standard() {
        return new ClientTuning(true, Duration.ofSeconds(30), Duration.ofMinutes(3));
    }

    public static ClientTuning noRetries() {
        return new ClientTuning(false, Duration.ofSeconds(30), Duration.ofMinutes(1));
    }

    /**
     * For reads: the SDK's adaptive mode, which also learns the rate from throttling answers. A new
     * strategy for each client: its rate limiter lives in the strategy instance (one scope, "GLOBAL", in SDK
     * 2.57, and kept when the client rebuilds it), so clients given one instance share one limiter across
     * regions and services.
     */
    RetryStrategy forReads() {
        return retries ? AwsRetryStrategy.forRetryMode(RetryMode.ADAPTIVE_V2) : AwsRetryStrategy.doNotRetry();
    }

    /**
     * For mutating calls: the SDK retries throttling and nothing else ({@code useClientDefaults(false)}
     * keeps the client from adding its 5xx and I/O conditions), reports each throttled attempt to
     * {@code throttledAttempt} and waits as long as it says before the retry: the pace of mutating calls is
     * Lifeboat's own ({@code aws.pace}), so the SDK's adaptive rate limiter is not used here, which would be a
     * second control loop on one signal.
     */
    RetryStrategy forWrites(ThrottleReportingRetryStrategy.ThrottledAttempts throttledAttempt) {
        if (!retries) {
            return AwsRetryStrategy.doNotRetry();
        }
        return new ThrottleReportingRetryStrategy(StandardRetryStrategy.builder()
                .retryOnException(ClientTuning::throttling)
                .treatAsThrottling(ClientTuning::throttling)
                .maxAttempts(4)
                .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(20)))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelayHalfJitter(Duration.ofMillis(250),
                        Duration.ofSeconds(20)))
                .useClientDefaults(false)
                .build(), throttledAttempt);
    }

    /** Throttling as the SDK knows it: HTTP 429, or an error code such as RequestLimitExceeded. */
    static boolean throttling(Throwable error) {
        return error instanceof AwsServiceException aws && aws.isThrottlingException();
    }
}
