package io.lifeboat.backup;

import io.lifeboat.aws.guard.ApiCall;
import io.lifeboat.aws.guard.CallInterceptor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.SdkRequest;

/** Keeps the requests sent, so a test can look at exactly what a create asked for. */
final class RequestLog implements CallInterceptor {

    private final List<ApiCall> calls = new CopyOnWriteArrayList<>();

    @Override
    public void beforeCall(ApiCall call) {
        calls.add(call);
    }

    <R extends SdkRequest> List<R> requests(Class<R> type) {
        return calls.stream().map(ApiCall::request).filter(type::isInstance).map(type::cast).toList();
    }

    void clear() {
        calls.clear();
    }
}
