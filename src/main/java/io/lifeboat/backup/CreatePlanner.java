package io.lifeboat.backup;

import io.lifeboat.backup.PlanSkip.Reason;
import io.lifeboat.inventory.Ec2Instance;
import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.inventory.Ec2Volume;
import io.lifeboat.inventory.RegionInventory;
import io.lifeboat.volumes.BackupPolicy;
import io.lifeboat.volumes.BackupTags;
import io.lifeboat.volumes.VolumeRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides, volume by volume, what a region's run snapshots. Every volume is looked at on its own: one
 * opted out never stops its instance's others (the source's loop {@code break}s there). Volumes of
 * one instance sharing a retention become one group (see {@link SnapshotCreate}).
 */
final class CreatePlanner {

    private static final Set<String> SNAPSHOTTABLE = Set.of("available", "in-use");
    private static final Comparator<VolumeRecord> BY_DEVICE = Comparator.comparing(
            (VolumeRecord r) -> r.volume().device() == null ? "" : r.volume().device()).thenComparing(VolumeRecord::volumeId);

    private final Instant now;
    private final CreateSpecs specs;

    CreatePlanner(BackupSettings settings, Instant now) {
        this.now = now;
        this.specs = new CreateSpecs(settings, LocalDate.ofInstant(now, ZoneOffset.UTC));
    }

    private record Group(String instanceId, int retentionDays) {
    }

    void plan(RegionInventory region, List<VolumeRecord> rows, PlanParts out) {
        Map<String, Ec2Snapshot> doneToday = currentAutomated(region.snapshots());
        Map<String, List<Ec2Snapshot>> pending = pendingByVolume(region.snapshots());
        Map<Group, List<VolumeRecord>> groups = new LinkedHashMap<>();
        for (VolumeRecord row : rows) {
            BackupPolicy policy = row.policy();
            if (policy.kind() == BackupPolicy.Kind.MISCONFIGURED) {
                out.misconfigurations.add(new Misconfiguration(row.region(), row.volumeId(), row.instanceId(),
                        row.instanceName(), policy.problem(), policy.backedUp()));
            }
            if (!policy.backedUp()) {
                out.skips.add(skip(row, null, reasonFor(policy.kind()), policy.explanation()));
            } else if (!SNAPSHOTTABLE.contains(row.volume().state())) {
                out.skips.add(skip(row, null, Reason.VOLUME_NOT_READY, "The volume is " + row.volume().state()
                        + ": it can be snapshotted once it is available or in use."));
            } else if (doneToday.containsKey(row.volumeId())) {
                Ec2Snapshot done = doneToday.get(row.volumeId());
                out.skips.add(skip(row, done.id(), Reason.ALREADY_SNAPSHOTTED_TODAY, "Already snapshotted "
                        + BackupDay.ago(done.startTime(), now) + ": " + done.id() + " (" + state(done)
                        + "), so no second snapshot tonight."));
            } else {
                String waiting = stillPending(row, pending.getOrDefault(row.volumeId(), List.of()));
                if (waiting != null) {
                    out.skips.add(skip(row, null, Reason.PREVIOUS_SNAPSHOT_PENDING, waiting));
                    continue;
                }
                // Unattached volumes, and volumes of an instance the inventory does not list, stand alone.
                String key = row.instance() == null ? row.volumeId() : row.instanceId();
                groups.computeIfAbsent(new Group(key, policy.retentionDays()), k -> new ArrayList<>()).add(row);
            }
        }
        Map<String, List<Ec2Volume>> attached = attachedByInstance(region.volumes());
        groups.forEach((group, members) -> out.creates.addAll(creates(members, group.retentionDays(), attached)));
    }

    private List<SnapshotCreate> creates(List<VolumeRecord> members, int retentionDays,
                                         Map<String, List<Ec2Volume>> attached) {
        List<VolumeRecord> sorted = members.stream().sorted(BY_DEVICE).toList();
        Ec2Instance instance = sorted.get(0).instance();
        if (instance == null) {
            return List.of(specs.unattached(sorted.get(0), retentionDays));
        }
        // Without the root device name the boot volume cannot be told apart, and the API refuses its id
        // among the exclusions: such an instance's volumes are snapshotted one by one instead.
        if (sorted.size() < 2 || instance.rootDeviceName() == null) {
            return sorted.stream().map(r -> specs.single(r, retentionDays)).toList();
        }
        Set<String> memberIds = Set.copyOf(sorted.stream().map(VolumeRecord::volumeId).toList());
        boolean rootInGroup = sorted.stream().anyMatch(r -> instance.rootDeviceName().equals(r.volume().device()));
        List<String> excluded = attached.getOrDefault(instance.id(), List.of()).stream()
                .filter(v -> !memberIds.contains(v.id()) && !instance.rootDeviceName().equals(v.device()))
                .map(Ec2Volume::id).sorted().toList();
        return List.of(specs.multi(instance, sorted, retentionDays, !rootInGroup, excluded));
    }

    /** Each volume's automated snapshot of the current night ({@link BackupDay}), pending or completed. */
    private Map<String, Ec2Snapshot> currentAutomated(List<Ec2Snapshot> snapshots) {
        Map<String, Ec2Snapshot> found = new HashMap<>();
        for (Ec2Snapshot s : snapshots) {
            if (s.volumeId() != null && BackupTags.automated(s) && (s.pending() || s.completed())
                    && BackupDay.current(s.startTime(), now)) {
                found.merge(s.volumeId(), s, (a, b) -> a.startTime().isAfter(b.startTime()) ? a : b);
            }
        }
        return found;
    }

    private static Map<String, List<Ec2Snapshot>> pendingByVolume(List<Ec2Snapshot> snapshots) {
        Map<String, List<Ec2Snapshot>> pending = new HashMap<>();
        snapshots.stream().filter(s -> s.volumeId() != null && s.pending())
                .forEach(s -> pending.computeIfAbsent(s.volumeId(), k -> new ArrayList<>()).add(s));
        return pending;
    }

    /**
     * Why a volume waits for a snapshot still in progress from an earlier night (a large first snapshot
     * can take more than a day), or at EC2's limit of pending snapshots; {@code null} when it does not.
     * Left out, it is excluded from its instance's set, so the rest of the set is still taken.
     */
    private String stillPending(VolumeRecord row, List<Ec2Snapshot> pending) {
        Ec2Snapshot automated = pending.stream().filter(BackupTags::automated)
                .min(Comparator.comparing(Ec2Snapshot::startTime, Comparator.nullsLast(Comparator.naturalOrder())))
                .orElse(null);
        int limit = PendingLimit.of(row.volume().type());
        String rule = "EC2 allows " + (limit == 1 ? "one snapshot" : limit + " snapshots") + " in progress per "
                + row.volume().type() + " volume";
        if (automated != null) {
            return "Its automated snapshot " + automated.id() + " from " + (automated.startTime() == null ? "an earlier run"
                    : BackupDay.ago(automated.startTime(), now)) + " is still pending (" + automated.progressPercent()
                    + "%): snapshotted again once it completes (" + rule + ").";
        }
        if (pending.size() >= limit) {
            return pending.size() + " of its snapshots are still pending (" + pending.stream().map(Ec2Snapshot::id)
                    .sorted().collect(Collectors.joining(", ")) + "): " + rule + ", so a new one would fail.";
        }
        return null;
    }

    private static Map<String, List<Ec2Volume>> attachedByInstance(List<Ec2Volume> volumes) {
        Map<String, List<Ec2Volume>> byInstance = new HashMap<>();
        volumes.stream().filter(Ec2Volume::attached)
                .forEach(v -> byInstance.computeIfAbsent(v.instanceId(), k -> new ArrayList<>()).add(v));
        return byInstance;
    }

    private static String state(Ec2Snapshot snapshot) {
        return snapshot.completed() ? "completed" : snapshot.state() + " " + snapshot.progressPercent() + "%";
    }

    private static Reason reasonFor(BackupPolicy.Kind kind) {
        return switch (kind) {
            case OPTED_OUT -> Reason.OPTED_OUT;
            case MISCONFIGURED -> Reason.MISCONFIGURED;
            default -> Reason.NOT_COVERED;
        };
    }

    private static PlanSkip skip(VolumeRecord row, String snapshotId, Reason reason, String detail) {
        return new PlanSkip(row.region(), row.volumeId(), snapshotId, row.instanceId(),
                row.instance() == null ? null : row.instanceName(), reason, detail);
    }
}
