package io.lifeboat.aws;

import java.time.Duration;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RecordSuccessResponse;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The SDK's retry strategy, telling Lifeboat's pacing about each throttled attempt and waiting for the
 * pace before the retry: the SDK asks its strategy after every failed attempt, retried or not, so this
 * is where an attempt the SDK retries by itself becomes visible above it, and where its retry takes its
 * place among the region's paced calls instead of going to an empty bucket on its own. Used as built
 * ({@link #useClientDefaults()} is false), so the client neither rebuilds it nor adds conditions to it.
 */
final class ThrottleReportingRetryStrategy implements RetryStrategy {

    /** Told of a throttled attempt; answers how long the region's pace wants the retry to wait. */
    @FunctionalInterface
    interface ThrottledAttempts {
        Duration throttled(boolean retried);

        ThrottledAttempts NONE = retried -> Duration.ZERO;
    }

    private final RetryStrategy delegate;
    private final ThrottledAttempts throttledAttempt;

    ThrottleReportingRetryStrategy(RetryStrategy delegate, ThrottledAttempts throttledAttempt) {
        this.delegate = delegate;
        this.throttledAttempt = throttledAttempt;
    }

    @Override
    public AcquireInitialTokenResponse acquireInitialToken(AcquireInitialTokenRequest request) {
        return delegate.acquireInitialToken(request);
    }

    @Override
    public RefreshRetryTokenResponse refreshRetryToken(RefreshRetryTokenRequest request) {
        boolean throttled = ClientTuning.throttling(request.failure());
        RefreshRetryTokenResponse retry;
        try {
            retry = delegate.refreshRetryToken(request);
        } catch (RuntimeException noRetry) {
            if (throttled) {
                throttledAttempt.throttled(false);
            }
            throw noRetry;
        }
        if (!throttled) {
            return retry;
        }
        Duration pace = throttledAttempt.throttled(true);
        return pace.compareTo(retry.delay()) > 0 ? RefreshRetryTokenResponse.create(retry.token(), pace) : retry;
    }

    @Override
    public RecordSuccessResponse recordSuccess(RecordSuccessRequest request) {
        return delegate.recordSuccess(request);
    }

    @Override
    public int maxAttempts() {
        return delegate.maxAttempts();
    }

    @Override
    public boolean useClientDefaults() {
        return false;
    }

    @Override
    public Builder<?, ?> toBuilder() {
        return delegate.toBuilder();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
