package io.lifeboat.snapshots;

import io.lifeboat.inventory.Ec2Snapshot;
import java.time.Instant;

/**
 * A snapshot with what it belongs to: its volume's and instance's names when the volume still
 * exists; {@code orphan} when it does not (a copy is no orphan: it names its source instead).
 *
 * @param deleteOn the {@code DeleteOn} tag as written, or {@code null}
 * @param copyOf the snapshot this one is a copy of, or {@code null}
 */
public record SnapshotRow(Ec2Snapshot snapshot, String volumeName, String instanceId, String instanceName,
                          boolean orphan, SnapshotOrigin origin, String deleteOn, String copyOf) {

    public String id() {
        return snapshot.id();
    }

    public String region() {
        return snapshot.region();
    }

    public Instant startTime() {
        return snapshot.startTime();
    }
}
