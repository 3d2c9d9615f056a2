package io.lifeboat.lambda;

import io.lifeboat.aws.guard.AuditRecord;
import io.lifeboat.aws.guard.AuditSink;
import io.lifeboat.backup.BackupJson;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The audit log in AWS Lambda: one JSON line per mutating call on stdout, which goes to the function's
 * CloudWatch log group. A line when the call is sent (so a timeout mid-call still leaves a trace) and one
 * with its outcome, both under the same {@code key}.
 */
final class JsonLogAuditSink implements AuditSink {

    private final PrintStream out;
    private final AtomicLong keys = new AtomicLong();
    private final Map<Long, AuditRecord> open = new ConcurrentHashMap<>();

    JsonLogAuditSink(PrintStream out) {
        this.out = out;
    }

    @Override
    public long started(AuditRecord record) {
        long key = keys.incrementAndGet();
        open.put(key, record);
        write(key, record.time(), record, record.outcome(), record.resourceIds(), null, null, null);
        return key;
    }

    @Override
    public void completed(long key, AuditRecord.Outcome outcome, List<String> resourceIds, String requestId,
                          String errorCode, String errorMessage) {
        AuditRecord record = open.remove(key);
        if (record != null) {
            write(key, Instant.now(), record, outcome, resourceIds, requestId, errorCode, errorMessage);
        }
    }

    private void write(long key, Instant time, AuditRecord record, AuditRecord.Outcome outcome, List<String> resources,
                       String requestId, String errorCode, String errorMessage) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "audit");
        line.put("key", key);
        line.put("time", time.toString());
        line.put("account", record.account());
        line.put("region", record.region());
        line.put("operation", record.service() + ":" + record.operation());
        line.put("resources", resources);
        line.put("outcome", outcome.name());
        line.put("requestId", requestId);
        line.put("errorCode", errorCode);
        line.put("errorMessage", errorMessage);
        out.println(BackupJson.compact(line));
    }
}
