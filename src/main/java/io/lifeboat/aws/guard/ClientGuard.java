package io.lifeboat.aws.guard;

import io.lifeboat.aws.AwsService;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkRequest;

/**
 * Runs one call of one client through the interceptors: before (may refuse), the call, after (may
 * fail it) or failed. Shared by the guarded clients of every service.
 */
final class ClientGuard {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final AwsService service;
    private final String region;
    private final List<CallInterceptor> interceptors;

    ClientGuard(AwsService service, String region, List<CallInterceptor> interceptors) {
        this.service = service;
        this.region = region;
        this.interceptors = List.copyOf(interceptors);
    }

    <R> R call(String operation, SdkRequest request, Supplier<R> target) {
        ApiCall call = new ApiCall(SEQUENCE.incrementAndGet(), service, operation, region, request, Instant.now());
        R response;
        try {
            for (CallInterceptor interceptor : interceptors) {
                interceptor.beforeCall(call);
            }
            response = invoke(call, target);
        } catch (RuntimeException | Error error) {
            for (CallInterceptor interceptor : interceptors) {
                interceptor.callFailed(call, error);
            }
            throw error;
        }
        for (CallInterceptor interceptor : interceptors) {
            interceptor.afterCall(call, response);
        }
        return response;
    }

    private <R> R invoke(ApiCall call, Supplier<R> target) {
        try {
            return target.get();
        } catch (UnsupportedOperationException e) {
            // An operation listed here that the client does not implement (the sandbox's STS AssumeRole)
            // is the SDK interface's default: say which one, and where.
            UnsupportedOperationException named = new UnsupportedOperationException(service.id() + ":"
                    + call.operation() + " is not available on this account");
            named.initCause(e);
            throw named;
        }
    }
}
