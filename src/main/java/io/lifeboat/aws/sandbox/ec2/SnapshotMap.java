package io.lifeboat.aws.sandbox.ec2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A region's snapshots in creation order, also indexed by volume: CreateSnapshot checks a volume's pending
 * snapshots and whether it has any, and with 100,000 snapshots a scan of all of them per create made a
 * fleet's history take minutes to build. Only {@link #put} and {@link #remove} change it.
 */
final class SnapshotMap extends LinkedHashMap<String, SnapshotRecord> {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, List<SnapshotRecord>> byVolume = new HashMap<>();

    @Override
    public SnapshotRecord put(String id, SnapshotRecord snapshot) {
        SnapshotRecord previous = super.put(id, snapshot);
        if (previous != null) {
            byVolume.getOrDefault(previous.volumeId, new ArrayList<>()).remove(previous);
        }
        byVolume.computeIfAbsent(snapshot.volumeId, k -> new ArrayList<>()).add(snapshot);
        return previous;
    }

    @Override
    public SnapshotRecord remove(Object id) {
        SnapshotRecord removed = super.remove(id);
        if (removed != null) {
            List<SnapshotRecord> ofVolume = byVolume.get(removed.volumeId);
            ofVolume.remove(removed);
            if (ofVolume.isEmpty()) {
                byVolume.remove(removed.volumeId);
            }
        }
        return removed;
    }

    /** The volume's snapshots (copies: {@link SnapshotRecord#COPY_VOLUME_ID}), oldest first; do not modify. */
    List<SnapshotRecord> ofVolume(String volumeId) {
        return byVolume.getOrDefault(volumeId, List.of());
    }
}
