package io.lifeboat.snapshots;

import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.volumes.BackupTags;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A new retention for some snapshots of a region, planned before it is applied: {@code DeleteOn} rewritten
 * to each one's start day (UTC) plus {@code days}, as the engine counts a retention, or removed ("keep": the
 * engine never deletes a snapshot without one).
 *
 * @param days the retention, or {@code null} to keep them indefinitely
 */
public record RetentionChange(String region, List<Change> changes, Integer days) {

    /** One snapshot's {@code DeleteOn} before and after ({@code null}: no tag). */
    public record Change(Ec2Snapshot snapshot, String before, String after) {
    }

    public RetentionChange {
        if (days != null && days < 1) {
            throw new IllegalArgumentException("A retention is at least one day");
        }
        changes = List.copyOf(changes);
    }

    public static RetentionChange plan(String region, List<Ec2Snapshot> snapshots, Integer days) {
        return new RetentionChange(region, snapshots.stream().map(s -> new Change(s, s.tag(BackupTags.DELETE_ON),
                days == null ? null : LocalDate.ofInstant(s.startTime(), ZoneOffset.UTC).plusDays(days).toString())).toList(),
                days);
    }

    public boolean keep() {
        return days == null;
    }

    /** How many would be due for deletion at the next prune ({@code DeleteOn} today or earlier). */
    public long dueBy(LocalDate todayUtc) {
        return changes.stream().filter(c -> c.after() != null && !LocalDate.parse(c.after()).isAfter(todayUtc)).count();
    }
}
