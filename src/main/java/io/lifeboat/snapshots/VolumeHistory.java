package io.lifeboat.snapshots;

import io.lifeboat.inventory.Ec2Snapshot;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a timeline is computed from, as plain values: a volume, when it was made, its snapshots and
 * when it was protected.
 *
 * @param label what to call it on screen (its Name, else its id)
 * @param created when the volume was made; days before it are never missed
 */
public record VolumeHistory(String volumeId, String label, Instant created, List<Ec2Snapshot> snapshots,
                            Protection protection) {

    public VolumeHistory {
        Objects.requireNonNull(created, "created");
        snapshots = List.copyOf(snapshots);
    }
}
