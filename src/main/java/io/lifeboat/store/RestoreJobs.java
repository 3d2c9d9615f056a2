package io.lifeboat.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.lifeboat.restore.RestoreJob;
import io.lifeboat.restore.RestoreJobStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Restore jobs, one row each: the job as JSON (saved at every step), a few columns to list them, and
 * the runner that ran it last (a process of the desktop or the command line): while that runner is
 * alive, no other takes the job, so two processes sharing the data directory never run one job at once.
 */
public final class RestoreJobs implements RestoreJobStore {

    /** A job and the runner that ran it last ({@code null} before any did). */
    public record Row(RestoreJob job, String runner) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            // Derived figures (status, elapsed...) are written but not read back.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Database db;

    public RestoreJobs(Database db) {
        this.db = db;
    }

    /** Written on the store's thread; waits unless on the UI thread. The runner column is left as it is. */
    @Override
    public void save(RestoreJob job) {
        String json = json(job);
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO restore_jobs (id, created_at, updated_at, account, region, source, target, status, job)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at, status = excluded.status,
                        job = excluded.job""")) {
                ps.setString(1, job.id());
                ps.setLong(2, job.createdAt().toEpochMilli());
                ps.setLong(3, job.updatedAt().toEpochMilli());
                ps.setString(4, job.account().accountId());
                ps.setString(5, job.plan().region());
                ps.setString(6, job.plan().sourceId());
                ps.setString(7, job.plan().targetId());
                ps.setString(8, job.status().name());
                ps.setString(9, json);
                return ps.executeUpdate();
            }
        });
    }

    /** The newest first. */
    public List<Row> recent(int limit) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT job, runner FROM restore_jobs ORDER BY created_at DESC LIMIT ?")) {
                ps.setInt(1, limit);
                return rows(ps);
            }
        });
    }

    public Optional<Row> find(String id) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT job, runner FROM restore_jobs WHERE id = ?")) {
                ps.setString(1, id);
                return rows(ps).stream().findFirst();
            }
        });
    }

    /**
     * Takes the job for {@code runner} if its runner is still {@code expected} (compare and set, so of
     * two processes claiming a job at once only one gets it).
     */
    public boolean claim(String id, String expected, String runner) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE restore_jobs SET runner = ? WHERE id = ? AND runner IS ?")) {
                ps.setString(1, runner);
                ps.setString(2, id);
                ps.setString(3, expected);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static List<Row> rows(PreparedStatement ps) throws java.sql.SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(job(rs.getString("job")), rs.getString("runner")));
            }
        }
        return rows;
    }

    private static String json(RestoreJob job) {
        try {
            return JSON.writeValueAsString(job);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write restore job " + job.id() + ": " + e.getMessage(), e);
        }
    }

    private static RestoreJob job(String json) {
        try {
            return JSON.readValue(json, RestoreJob.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a restore job: " + e.getOriginalMessage(), e);
        }
    }
}
