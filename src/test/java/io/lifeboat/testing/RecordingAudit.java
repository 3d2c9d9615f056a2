package io.lifeboat.testing;

import io.lifeboat.aws.guard.AuditRecord;
import io.lifeboat.aws.guard.AuditSink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An audit sink that keeps each mutating call's operation, resources and outcome, for assertions. */
public final class RecordingAudit implements AuditSink {

    /** One audited call: "CreateSnapshot SUCCEEDED [snap-…]". */
    public record Entry(String operation, AuditRecord.Outcome outcome, List<String> resources) {
    }

    private final List<AuditRecord> started = new CopyOnWriteArrayList<>();
    private final List<Entry> completed = new CopyOnWriteArrayList<>();

    @Override
    public synchronized long started(AuditRecord record) {
        started.add(record);
        return started.size() - 1;
    }

    @Override
    public void completed(long key, AuditRecord.Outcome outcome, List<String> resourceIds, String requestId,
                          String errorCode, String errorMessage) {
        completed.add(new Entry(started.get((int) key).operation(), outcome, List.copyOf(resourceIds)));
    }

    private volatile int from;

    /** Forgets what was recorded so far: the fixture's calls, before the calls a test is about. */
    public void startHere() {
        from = completed.size();
    }

    public List<Entry> entries() {
        return List.copyOf(completed.subList(from, completed.size()));
    }

    public List<String> operations() {
        return entries().stream().map(e -> e.operation() + " " + e.outcome()).toList();
    }
}
