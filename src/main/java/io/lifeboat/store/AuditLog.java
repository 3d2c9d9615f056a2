package io.lifeboat.store;

import io.lifeboat.aws.guard.AuditRecord;
import io.lifeboat.aws.guard.AuditSink;
import io.lifeboat.tasks.CurrentTask;
import io.lifeboat.tasks.TaskHandle;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The audit log of mutating calls, in the embedded database. Rows are only ever appended and completed. */
public final class AuditLog implements AuditSink {

    private final Database db;

    public AuditLog(Database db) {
        this.db = db;
    }

    /** At start-up: calls still pending belonged to a process that stopped before their answer. */
    public int markUnknown() {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE audit SET outcome = ? WHERE outcome = ?")) {
                ps.setString(1, AuditRecord.Outcome.UNKNOWN.name());
                ps.setString(2, AuditRecord.Outcome.PENDING.name());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public long started(AuditRecord record) {
        String taskId = CurrentTask.get().map(TaskHandle::id).orElse(null);
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO audit (time, profile, account, region, service, operation, resource_ids, outcome,
                    request_id, error_code, error_message, task_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, record.time().toEpochMilli());
                ps.setString(2, record.profile());
                ps.setString(3, record.account());
                ps.setString(4, record.region());
                ps.setString(5, record.service());
                ps.setString(6, record.operation());
                ps.setString(7, String.join(" ", record.resourceIds()));
                ps.setString(8, record.outcome().name());
                ps.setString(9, record.requestId());
                ps.setString(10, record.errorCode());
                ps.setString(11, record.errorMessage());
                ps.setString(12, taskId);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public void completed(long key, AuditRecord.Outcome outcome, List<String> resourceIds, String requestId,
                          String errorCode, String errorMessage) {
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE audit SET outcome = ?, resource_ids = ?, request_id = ?, error_code = ?, error_message = ?
                    WHERE id = ?""")) {
                ps.setString(1, outcome.name());
                ps.setString(2, String.join(" ", resourceIds));
                ps.setString(3, requestId);
                ps.setString(4, errorCode);
                ps.setString(5, errorMessage);
                ps.setLong(6, key);
                return ps.executeUpdate();
            }
        });
    }

    public List<AuditRecord> recent(int limit) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    List<AuditRecord> records = new ArrayList<>();
                    while (rs.next()) {
                        String ids = rs.getString("resource_ids");
                        records.add(new AuditRecord(Instant.ofEpochMilli(rs.getLong("time")), rs.getString("profile"),
                                rs.getString("account"), rs.getString("region"), rs.getString("service"),
                                rs.getString("operation"), ids.isEmpty() ? List.of() : Arrays.asList(ids.split(" ")),
                                AuditRecord.Outcome.valueOf(rs.getString("outcome")), rs.getString("request_id"),
                                rs.getString("error_code"), rs.getString("error_message")));
                    }
                    return records;
                }
            }
        });
    }
}
