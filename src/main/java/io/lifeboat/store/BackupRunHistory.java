package io.lifeboat.store;

import io.lifeboat.backup.BackupJson;
import io.lifeboat.backup.BackupReport;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every backup run made from this machine (desktop and CLI), with its report as JSON, so the Backups
 * view can list past runs and reopen any report. Rows are only ever added.
 */
public final class BackupRunHistory {

    /** A run as listed: its report is read only when opened. */
    public record BackupRun(String id, Instant startedAt, Instant endedAt, String profile, String account,
                            List<String> regions, String outcome, String summary) {

        public BackupRun {
            regions = List.copyOf(regions);
        }
    }

    private final Database db;

    public BackupRunHistory(Database db) {
        this.db = db;
    }

    public BackupRun record(BackupReport report, String profile, String account) {
        BackupRun run = new BackupRun(UUID.randomUUID().toString(), report.startedAt(), report.endedAt(), profile,
                account, report.regions(), report.outcome().id(), report.summary());
        String json = BackupJson.compact(report);
        db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO backup_runs (id, started_at, ended_at, profile, account, regions, outcome, summary, report)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setString(1, run.id());
                ps.setLong(2, run.startedAt().toEpochMilli());
                ActivityLog.setInstant(ps, 3, run.endedAt());
                ps.setString(4, profile);
                ps.setString(5, account);
                ps.setString(6, String.join(",", run.regions()));
                ps.setString(7, run.outcome());
                ps.setString(8, run.summary());
                ps.setString(9, json);
                return ps.executeUpdate();
            }
        });
        return run;
    }

    /** The newest runs first. */
    public List<BackupRun> recent(int limit) {
        return db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, started_at, ended_at, profile, account, regions, outcome, summary FROM backup_runs
                    ORDER BY started_at DESC LIMIT ?""")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    List<BackupRun> runs = new ArrayList<>();
                    while (rs.next()) {
                        runs.add(read(rs));
                    }
                    return runs;
                }
            }
        });
    }

    public Optional<BackupReport> report(String id) {
        String json = db.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT report FROM backup_runs WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        return Optional.ofNullable(json).map(BackupJson::report);
    }

    private static BackupRun read(ResultSet rs) throws SQLException {
        String regions = rs.getString("regions");
        return new BackupRun(rs.getString("id"), ActivityLog.instant(rs, "started_at"), ActivityLog.instant(rs, "ended_at"),
                rs.getString("profile"), rs.getString("account"),
                regions.isEmpty() ? List.of() : Arrays.asList(regions.split(",")), rs.getString("outcome"),
                rs.getString("summary"));
    }
}
