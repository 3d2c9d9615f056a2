package io.lifeboat.aws;

import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RecordSuccessResponse;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * The SDK's retry strategy, telling Lifeboat's pacing about each throttled attempt: the SDK asks its
 * strategy after every failed attempt, retried or not, so this is where an attempt the SDK retries by
 * itself becomes visible above it. Used as built ({@link #useClientDefaults()} is false), so the
 * client neither rebuilds it nor adds conditions to it.
 */
final class ThrottleReportingRetryStrategy implements RetryStrategy {

    private final RetryStrategy delegate;
    private final Runnable throttledAttempt;

    ThrottleReportingRetryStrategy(RetryStrategy delegate, Runnable throttledAttempt) {
        this.delegate = delegate;
        this.throttledAttempt = throttledAttempt;
    }

    @Override
    public AcquireInitialTokenResponse acquireInitialToken(AcquireInitialTokenRequest request) {
        return delegate.acquireInitialToken(request);
    }

    @Override
    public RefreshRetryTokenResponse refreshRetryToken(RefreshRetryTokenRequest request) {
        if (ClientTuning.throttling(request.failure())) {
            throttledAttempt.run();
        }
        return delegate.refreshRetryToken(request);
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
