package io.lifeboat.aws.guard;

import java.util.List;

/**
 * Where audit records go: the embedded database on the desktop, the function's log in AWS Lambda.
 * A record is written before the call is sent and completed afterwards, so a call interrupted by a
 * crash still leaves a trace.
 */
public interface AuditSink {

    /** Records a call about to be sent; returns a key for {@link #completed}. */
    long started(AuditRecord record);

    void completed(long key, AuditRecord.Outcome outcome, List<String> resourceIds, String requestId,
                   String errorCode, String errorMessage);
}
