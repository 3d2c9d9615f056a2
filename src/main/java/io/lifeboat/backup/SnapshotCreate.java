package io.lifeboat.backup;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One create call of a plan: the covered volumes of one instance that share a retention, or one
 * volume on its own.
 *
 * <p>A {@link Kind#MULTI_VOLUME} create is one {@code CreateSnapshots} call over the instance, so its
 * snapshots are crash-consistent with each other: taken at the same instant. That holds within the
 * group only. {@code DeleteOn} is one tag value per call, so volumes of one instance with different
 * retentions are separate groups, snapshotted by separate calls a moment apart. The instance's other
 * attached volumes are excluded by id ({@code ExcludeDataVolumeIds}), its boot volume by
 * {@code ExcludeBootVolume} when it is not in the group (the API refuses the root volume's id).
 *
 * @param instanceId the instance, or {@code null} for an unattached volume
 * @param deleteOn the UTC date from which the snapshots may be deleted: the plan's day plus the retention
 * @param tags every tag the snapshots get, applied at creation
 */
public record SnapshotCreate(String region, String instanceId, String instanceName, List<PlannedVolume> volumes,
                             int retentionDays, LocalDate deleteOn, Kind kind, boolean excludeBootVolume,
                             List<String> excludeDataVolumeIds, Map<String, String> tags, String description) {

    public enum Kind {
        /** CreateSnapshots over the instance: one call, one instant, for two or more of its volumes. */
        MULTI_VOLUME("multi"),
        /** CreateSnapshot of one volume. */
        SINGLE_VOLUME("single");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }
    }

    public SnapshotCreate {
        volumes = List.copyOf(volumes);
        excludeDataVolumeIds = List.copyOf(excludeDataVolumeIds);
        tags = Collections.unmodifiableMap(new TreeMap<>(tags));
    }

    public boolean multiVolume() {
        return kind == Kind.MULTI_VOLUME;
    }

    public long gib() {
        return volumes.stream().mapToLong(PlannedVolume::sizeGiB).sum();
    }

    public List<String> volumeIds() {
        return volumes.stream().map(PlannedVolume::volumeId).toList();
    }

    /** One volume of this create on its own: a CreateSnapshot with the same tags. */
    SnapshotCreate single(PlannedVolume volume) {
        String name = instanceName == null || instanceName.isBlank() ? instanceId : instanceName;
        String text = name + " - " + volume.volumeId() + (volume.device() == null ? "" : " (" + volume.device() + ")");
        return new SnapshotCreate(region, instanceId, instanceName, List.of(volume), retentionDays, deleteOn,
                Kind.SINGLE_VOLUME, false, List.of(), tags, text);
    }

    /**
     * The same create without some of its volumes (found already snapshotted after a lost answer): the
     * rest stay one group, the ones taken out join the exclusions; one volume left is a single create.
     */
    SnapshotCreate without(Set<String> done) {
        List<PlannedVolume> rest = volumes.stream().filter(v -> !done.contains(v.volumeId())).toList();
        boolean bootOut = excludeBootVolume || volumes.stream().anyMatch(v -> v.root() && done.contains(v.volumeId()));
        List<String> excluded = new ArrayList<>(excludeDataVolumeIds);
        volumes.stream().filter(v -> !v.root() && done.contains(v.volumeId())).forEach(v -> excluded.add(v.volumeId()));
        Kind restKind = kind == Kind.MULTI_VOLUME && rest.size() >= 2 ? Kind.MULTI_VOLUME : Kind.SINGLE_VOLUME;
        return new SnapshotCreate(region, instanceId, instanceName, rest, retentionDays, deleteOn, restKind, bootOut,
                restKind == Kind.MULTI_VOLUME ? excluded : List.of(), tags, description);
    }
}
