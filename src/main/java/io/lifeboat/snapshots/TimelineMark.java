package io.lifeboat.snapshots;

import io.lifeboat.inventory.Ec2Snapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One snapshot on a timeline: a mark at its start, a bar to the day it may be deleted.
 *
 * @param keepUntil its {@code DeleteOn} date (a UTC date, as the engine reads it), or {@code null} when kept
 *                  indefinitely: no tag, or one that cannot be read ({@code keepUnreadable})
 * @param track the row of the volume's lane the bar is drawn in, so overlapping bars do not hide each other
 * @param imageId the AMI that uses it (it cannot be deleted while that exists), or {@code null}
 * @param copies its copies in the regions the inventory holds
 */
public record TimelineMark(Ec2Snapshot snapshot, SnapshotOrigin origin, LocalDate keepUntil, boolean keepUnreadable,
                           int track, String imageId, List<CopyRef> copies) {

    public TimelineMark {
        copies = List.copyOf(copies);
    }

    public String id() {
        return snapshot.id();
    }

    public Instant start() {
        return snapshot.startTime();
    }

    /** When the bar ends: the start of its DeleteOn day (UTC), or {@code null} for an open bar. */
    public Instant keepEnd() {
        return keepUntil == null ? null : keepUntil.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean keptIndefinitely() {
        return keepUntil == null;
    }
}
