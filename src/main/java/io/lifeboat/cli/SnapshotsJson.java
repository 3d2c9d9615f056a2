package io.lifeboat.cli;

import io.lifeboat.snapshots.CopyQueue;
import io.lifeboat.snapshots.DaySlot;
import io.lifeboat.snapshots.RegionSnapshots;
import io.lifeboat.snapshots.SlotStatus;
import io.lifeboat.snapshots.SnapshotRow;
import io.lifeboat.snapshots.VolumeRestore;
import io.lifeboat.snapshots.VolumeTimeline;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The {@code lifeboat snapshots} family's JSON: stable field names scripts can rely on. */
final class SnapshotsJson {

    /** Days on which the policy expected a backup: the missed, the kept, those still due. */
    private static final Set<SlotStatus> EXPECTED = EnumSet.of(SlotStatus.MISSED, SlotStatus.IN_PROGRESS, SlotStatus.DUE,
            SlotStatus.BACKED_UP, SlotStatus.NO_SNAPSHOT);

    private SnapshotsJson() {
    }

    static Map<String, Object> snapshot(SnapshotRow row, RegionSnapshots region) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("snapshotId", row.id());
        json.put("region", row.region());
        json.put("volumeId", row.snapshot().volumeId());
        json.put("instanceId", row.instanceId());
        json.put("startTime", row.startTime());
        json.put("state", row.snapshot().state());
        json.put("progress", row.snapshot().progressPercent());
        json.put("sizeGiB", row.snapshot().volumeSizeGiB());
        json.put("origin", row.origin().id());
        json.put("orphan", row.orphan());
        json.put("keepUntil", row.deleteOn());
        json.put("copyOf", row.copyOf());
        json.put("imageId", region == null ? null : region.imageUsing(row.id()));
        json.put("encrypted", row.snapshot().encrypted());
        json.put("description", row.snapshot().description());
        json.put("tags", new TreeMap<>(row.snapshot().tags()));
        return json;
    }

    static Map<String, Object> timeline(VolumeTimeline timeline, List<Map<String, Object>> snapshots) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("volumeId", timeline.volumeId());
        json.put("name", timeline.label());
        json.put("zone", timeline.zone().getId());
        json.put("today", timeline.today());
        json.put("retentionDays", timeline.retentionDays() == 0 ? null : timeline.retentionDays());
        json.put("retentionHorizon", timeline.retentionHorizon());
        json.put("policyBasis", timeline.protection().basis());
        json.put("snapshots", snapshots);
        json.put("expectedSlots", timeline.days().stream().filter(d -> EXPECTED.contains(d.status()))
                .map(SnapshotsJson::slot).toList());
        json.put("missedDays", timeline.missed());
        return json;
    }

    private static Map<String, Object> slot(DaySlot day) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("day", day.day());
        json.put("status", day.status().id());
        json.put("snapshots", day.snapshots());
        return json;
    }

    static Map<String, Object> copy(CopyQueue.Progress progress, String destination) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sourceSnapshotId", progress.sourceId());
        json.put("snapshotId", progress.copyId());
        json.put("region", destination);
        json.put("state", progress.state().name().toLowerCase().replace('_', '-'));
        json.put("progress", progress.percent());
        json.put("problem", progress.problem() == null ? null : progress.problem().text());
        return json;
    }

    static Map<String, Object> volume(VolumeRestore.Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("volumeId", result.volume().id());
        json.put("region", result.volume().region());
        json.put("availabilityZone", result.volume().availabilityZone());
        json.put("type", result.volume().type());
        json.put("sizeGiB", result.volume().sizeGiB());
        json.put("iops", result.volume().iops());
        json.put("throughput", result.volume().throughput());
        json.put("snapshotId", result.volume().snapshotId());
        json.put("state", result.volume().state());
        json.put("instanceId", result.volume().instanceId());
        json.put("device", result.device());
        json.put("tags", new TreeMap<>(result.volume().tags()));
        return json;
    }
}
