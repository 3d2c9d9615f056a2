package io.lifeboat.snapshots;

import io.lifeboat.inventory.Ec2Image;
import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.inventory.RegionInventory;
import io.lifeboat.volumes.VolumeRecord;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A region's snapshots as the Snapshots view and {@code lifeboat snapshots} read them, indexed once per
 * load: by volume, with the AMIs that use them and their copies in every region the inventory holds.
 * Timelines and the fleet's heat map are computed from it on demand, never with a call.
 */
public final class RegionSnapshots {

    private final String region;
    private final List<SnapshotRow> rows;
    private final Map<String, VolumeRecord> volumes = new LinkedHashMap<>();
    private final Map<String, List<Ec2Snapshot>> byVolume = new HashMap<>();
    private final Map<String, String> imageBySnapshot = new HashMap<>();
    private final Map<String, List<CopyRef>> copies;
    private final Function<VolumeRecord, Protection> protection;

    /**
     * @param volumes the region's volume rows (their policies)
     * @param regions every region in memory, this one included, where copies are looked for
     * @param protection when each volume was protected (see {@link PolicyHistory})
     */
    public RegionSnapshots(RegionInventory region, List<VolumeRecord> volumes, Collection<RegionInventory> regions,
                           Function<VolumeRecord, Protection> protection) {
        this.region = region.region();
        this.rows = SnapshotCatalog.rows(region);
        this.protection = protection;
        volumes.forEach(v -> this.volumes.put(v.volumeId(), v));
        for (Ec2Snapshot snapshot : region.snapshots()) {
            if (snapshot.volumeId() != null) {
                byVolume.computeIfAbsent(snapshot.volumeId(), k -> new ArrayList<>()).add(snapshot);
            }
        }
        for (Ec2Image image : region.images()) {
            image.snapshotIds().forEach(id -> imageBySnapshot.put(id, image.id()));
        }
        this.copies = SnapshotCopies.bySource(regions);
    }

    public String region() {
        return region;
    }

    /** Every snapshot of the region, newest first. */
    public List<SnapshotRow> rows() {
        return rows;
    }

    /** Snapshots whose volume is gone (copies aside), oldest first. */
    public List<SnapshotRow> orphans() {
        return rows.stream().filter(SnapshotRow::orphan)
                .sorted(Comparator.comparing(SnapshotRow::startTime, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public Collection<VolumeRecord> volumes() {
        return volumes.values();
    }

    public VolumeRecord volume(String volumeId) {
        return volumes.get(volumeId);
    }

    public List<Ec2Snapshot> snapshotsOf(String volumeId) {
        return byVolume.getOrDefault(volumeId, List.of());
    }

    /** The AMI using the snapshot, or {@code null}. */
    public String imageUsing(String snapshotId) {
        return imageBySnapshot.get(snapshotId);
    }

    public List<CopyRef> copiesOf(String snapshotId) {
        return copies.getOrDefault(snapshotId, List.of());
    }

    /**
     * What a volume's timeline is computed from; a volume that is gone has its snapshots only, from the
     * oldest on, and was protected by nothing Lifeboat can see.
     */
    public VolumeHistory history(String volumeId) {
        List<Ec2Snapshot> snapshots = snapshotsOf(volumeId);
        VolumeRecord volume = volumes.get(volumeId);
        if (volume == null) {
            Instant oldest = snapshots.stream().map(Ec2Snapshot::startTime).filter(t -> t != null).min(Instant::compareTo)
                    .orElse(Instant.EPOCH);
            return new VolumeHistory(volumeId, volumeId + " (gone)", oldest, snapshots,
                    Protection.none("The volume is gone: nothing is expected of it."));
        }
        return new VolumeHistory(volumeId, volume.name().isBlank() ? volumeId : volume.name(),
                volume.volume().createTime() == null ? Instant.EPOCH : volume.volume().createTime(), snapshots,
                protection.apply(volume));
    }

    public TimelineContext context(Instant now, ZoneId zone) {
        return new TimelineContext(now, zone, imageBySnapshot, copies);
    }

    public VolumeTimeline timeline(String volumeId, Instant now, ZoneId zone) {
        return Timelines.of(history(volumeId), context(now, zone));
    }

    /** The timelines of every volume attached to an instance, by device. */
    public List<VolumeTimeline> instanceTimelines(String instanceId, Instant now, ZoneId zone) {
        return volumes.values().stream().filter(v -> instanceId.equals(v.instanceId()))
                .sorted(Comparator.comparing(v -> v.volume().device() == null ? "" : v.volume().device()))
                .map(v -> timeline(v.volumeId(), now, zone)).toList();
    }

    /** The heat map of {@code shown} (the filtered volumes), worst first. */
    public List<FleetRow> fleet(Collection<VolumeRecord> shown, DayGrid grid) {
        List<FleetRow> fleet = new ArrayList<>(shown.size());
        for (VolumeRecord volume : shown) {
            List<DaySlot> days = Timelines.days(history(volume.volumeId()), grid);
            int missed = (int) days.stream().filter(d -> d.status() == SlotStatus.MISSED).count();
            fleet.add(new FleetRow(volume, days, missed, volume.lastSnapshot()));
        }
        fleet.sort(FleetRow.WORST_FIRST);
        return fleet;
    }
}
