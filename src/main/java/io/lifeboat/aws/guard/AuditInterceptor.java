package io.lifeboat.aws.guard;

import io.lifeboat.aws.AwsErrors;
import io.lifeboat.aws.ResourceIds;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Appends every mutating call to the audit log: before it is sent (so a crash mid-call leaves a
 * trace), then with its outcome and request id. Calls refused by read-only mode are recorded too.
 */
public final class AuditInterceptor implements CallInterceptor {

    private final AuditSink sink;
    private final CallerContext caller;
    private final Map<ApiCall, Long> open = new ConcurrentHashMap<>();

    public AuditInterceptor(AuditSink sink, CallerContext caller) {
        this.sink = sink;
        this.caller = caller;
    }

    @Override
    public void beforeCall(ApiCall call) {
        if (!call.mutating()) {
            return;
        }
        AuditRecord record = new AuditRecord(call.startedAt(), caller.profileLabel(), caller.accountId(),
                call.region(), call.service().id(), call.operation(), ResourceIds.of(call.request()),
                AuditRecord.Outcome.PENDING, null, null, null);
        open.put(call, sink.started(record));
    }

    @Override
    public void afterCall(ApiCall call, Object response) {
        Long key = open.remove(call);
        if (key == null) {
            return;
        }
        String requestId = response instanceof AwsResponse aws ? aws.responseMetadata().requestId() : null;
        sink.completed(key, AuditRecord.Outcome.SUCCEEDED, ResourceIds.of(call.request(), response),
                requestId, null, null);
    }

    @Override
    public void callFailed(ApiCall call, Throwable error) {
        if (!call.mutating()) {
            return;
        }
        Long key = open.remove(call);
        if (key == null) {
            // Refused before our beforeCall ran (read-only guard sits first): record it in one go.
            key = sink.started(new AuditRecord(call.startedAt(), caller.profileLabel(), caller.accountId(),
                    call.region(), call.service().id(), call.operation(), ResourceIds.of(call.request()),
                    AuditRecord.Outcome.PENDING, null, null, null));
        }
        AuditRecord.Outcome outcome = error instanceof ReadOnlyModeException
                ? AuditRecord.Outcome.REFUSED : AuditRecord.Outcome.FAILED;
        String requestId = null;
        String code = error.getClass().getSimpleName();
        if (error instanceof AwsServiceException aws) {
            requestId = aws.requestId();
            if (aws.awsErrorDetails() != null && aws.awsErrorDetails().errorCode() != null) {
                code = aws.awsErrorDetails().errorCode();
            }
        }
        sink.completed(key, outcome, ResourceIds.of(call.request()), requestId, code, AwsErrors.message(error));
    }

    /** For tests and the Lambda log: a sink that keeps nothing. */
    public static AuditSink discarding() {
        return new AuditSink() {
            @Override
            public long started(AuditRecord record) {
                return 0;
            }

            @Override
            public void completed(long key, AuditRecord.Outcome outcome, List<String> resourceIds, String requestId,
                                  String errorCode, String errorMessage) {
            }
        };
    }
}
