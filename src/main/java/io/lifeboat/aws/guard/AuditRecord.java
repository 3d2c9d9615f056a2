package io.lifeboat.aws.guard;

import java.time.Instant;
import java.util.List;

/** A mutating call as the audit log keeps it. */
public record AuditRecord(Instant time, String profile, String account, String region, String service,
                          String operation, List<String> resourceIds, Outcome outcome, String requestId,
                          String errorCode, String errorMessage) {

    public enum Outcome {
        /** Sent, no answer recorded yet: if it stays so, the app stopped while the call was under way. */
        PENDING,
        SUCCEEDED,
        FAILED,
        /** Never sent: read-only mode. */
        REFUSED,
        /** The app stopped before the outcome was recorded. */
        UNKNOWN
    }

    public AuditRecord {
        resourceIds = List.copyOf(resourceIds);
    }
}
