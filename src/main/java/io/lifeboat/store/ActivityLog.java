package io.lifeboat.store;

import io.lifeboat.aws.Problem;
import io.lifeboat.tasks.TaskHandle;
import io.lifeboat.tasks.TaskListener;
import io.lifeboat.tasks.TaskState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Persists every task's life as it happens, so a killed app leaves its running tasks on record
 * (found as {@link TaskState#INTERRUPTED} at the next start). Progress is written at most once a
 * second per task. Writes go through {@link Database#write}: in order, awaited by the worker
 * threads, queued for the UI thread (which submits and cancels tasks) so it never waits.
 */
public final class ActivityLog implements TaskListener {

    private static final long PROGRESS_INTERVAL_MS = 1000;

    private final Database db;
    private final Map<String, Long> lastProgressWrite = new ConcurrentHashMap<>();

    public ActivityLog(Database db) {
        this.db = db;
    }

    /** At start-up: tasks still marked running belonged to a process that is gone. */
    public int markInterrupted() {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE activity SET state = ?, ended_at = COALESCE(ended_at, ?) WHERE state IN ('QUEUED', 'RUNNING')")) {
                ps.setString(1, TaskState.INTERRUPTED.name());
                ps.setLong(2, Instant.now().toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void changed(TaskHandle<?> task, Change change) {
        switch (change) {
            case SUBMITTED -> insert(task);
            case STARTED -> update(task);
            case PROGRESS -> {
                long now = System.currentTimeMillis();
                Long last = lastProgressWrite.get(task.id());
                if (last == null || now - last >= PROGRESS_INTERVAL_MS) {
                    lastProgressWrite.put(task.id(), now);
                    update(task);
                }
            }
            case FINISHED -> {
                lastProgressWrite.remove(task.id());
                update(task);
            }
        }
    }

    private void insert(TaskHandle<?> task) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO activity (id, title, resources, mutating, state, done, total, message, retry_of, submitted_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setString(1, task.id());
                ps.setString(2, task.title());
                ps.setString(3, String.join("\n", task.spec().resources()));
                ps.setInt(4, task.spec().mutating() ? 1 : 0);
                ps.setString(5, task.state().name());
                ps.setLong(6, task.done());
                ps.setLong(7, task.total());
                ps.setString(8, task.message());
                ps.setString(9, task.retryOf());
                ps.setLong(10, task.submittedAt().toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }

    private void update(TaskHandle<?> task) {
        Problem problem = task.problem();
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE activity SET state = ?, done = ?, total = ?, message = ?, error_code = ?, error_message = ?,
                    error_fix = ?, started_at = ?, ended_at = ? WHERE id = ?""")) {
                ps.setString(1, task.state().name());
                ps.setLong(2, task.done());
                ps.setLong(3, task.total());
                ps.setString(4, task.message());
                ps.setString(5, problem == null ? null : problem.code());
                ps.setString(6, problem == null ? null : problem.message());
                ps.setString(7, problem == null ? null : problem.fix());
                setInstant(ps, 8, task.startedAt());
                setInstant(ps, 9, task.endedAt());
                ps.setString(10, task.id());
                return ps.executeUpdate();
            }
        });
    }

    public List<ActivityEntry> recent(int limit) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM activity ORDER BY submitted_at DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    List<ActivityEntry> entries = new ArrayList<>();
                    while (rs.next()) {
                        entries.add(read(rs));
                    }
                    return entries;
                }
            }
        });
    }

    private static ActivityEntry read(ResultSet rs) throws SQLException {
        String resources = rs.getString("resources");
        return new ActivityEntry(rs.getString("id"), rs.getString("title"),
                resources.isEmpty() ? List.of() : Arrays.asList(resources.split("\n")),
                rs.getInt("mutating") == 1, TaskState.valueOf(rs.getString("state")), rs.getLong("done"),
                rs.getLong("total"), rs.getString("message"), rs.getString("error_code"), rs.getString("error_message"),
                rs.getString("error_fix"), rs.getString("retry_of"), instant(rs, "submitted_at"),
                instant(rs, "started_at"), instant(rs, "ended_at"));
    }

    static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value.toEpochMilli());
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }
}
