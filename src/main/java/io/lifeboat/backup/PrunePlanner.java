package io.lifeboat.backup;

import io.lifeboat.backup.PlanSkip.Reason;
import io.lifeboat.inventory.Ec2Image;
import io.lifeboat.inventory.Ec2Snapshot;
import io.lifeboat.inventory.RegionInventory;
import io.lifeboat.volumes.BackupTags;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the snapshots a region's run deletes. Only snapshots the account owns (the inventory lists
 * {@code OwnerIds=self}) that carry both {@code Type=Automated} and a {@code DeleteOn} date are ever
 * candidates; anything else, however old, is not the engine's to delete.
 *
 * <p>"Passed" means due: a snapshot is deleted when {@code DeleteOn <= today} (UTC). {@code DeleteOn}
 * is the first day the snapshot no longer needs to exist, which is how the source's remove Lambda
 * read it (it deleted on that day), and how a retention of N days keeps N daily snapshots.
 */
final class PrunePlanner {

    private final int keepNewest;
    private final LocalDate today;

    PrunePlanner(int keepNewest, LocalDate today) {
        this.keepNewest = keepNewest;
        this.today = today;
    }

    /** @param covered the volumes still backed up, whose last completed automated snapshot is never deleted */
    void plan(RegionInventory region, Set<String> covered, PlanParts out) {
        Map<String, Ec2Image> images = imagesBySnapshot(region.images());
        Set<String> newest = newestPerVolume(region.snapshots());
        Set<String> lastOfCovered = lastOfCovered(region.snapshots(), covered);
        for (Ec2Snapshot s : region.snapshots()) {
            String written = s.tag(BackupTags.DELETE_ON);
            if (!BackupTags.automated(s) || written == null) {
                continue;
            }
            Optional<LocalDate> deleteOn = BackupTags.deleteOn(written);
            if (deleteOn.isEmpty()) {
                out.skips.add(skip(s, Reason.UNREADABLE_DELETE_ON, "DeleteOn=\"" + written + "\" is not a date "
                        + "(yyyy-MM-dd): kept until the tag is fixed."));
            } else if (deleteOn.get().isAfter(today)) {
                continue;
            } else if (s.pending()) {
                out.skips.add(skip(s, Reason.SNAPSHOT_PENDING, "Due since " + deleteOn.get() + " but still pending ("
                        + s.progressPercent() + "%): deleted by a later run once completed."));
            } else if (images.containsKey(s.id())) {
                Ec2Image image = images.get(s.id());
                out.skips.add(skip(s, Reason.IN_USE_BY_AMI, "Due since " + deleteOn.get() + " but used by " + image.id()
                        + (image.name() == null || image.name().isBlank() ? "" : " (" + image.name() + ")")
                        + ": deregister the AMI first."));
            } else if (lastOfCovered.contains(s.id())) {
                out.skips.add(skip(s, Reason.LAST_OF_VOLUME, "Due since " + deleteOn.get() + " but the newest completed "
                        + "automated snapshot of " + s.volumeId() + ", which is still backed up: kept until a newer one "
                        + "completes, so its history never runs out while snapshots fail (permissions, the pending limit)."));
            } else if (newest.contains(s.id())) {
                out.skips.add(skip(s, Reason.KEEP_NEWEST, "Due since " + deleteOn.get() + " but one of the " + keepNewest
                        + " newest completed automated snapshots of " + s.volumeId() + ": kept."));
            } else {
                out.deletions.add(new SnapshotDeletion(s.region(), s.id(), s.volumeId(), s.volumeSizeGiB(),
                        s.startTime(), deleteOn.get(), s.description()));
            }
        }
    }

    private static Map<String, Ec2Image> imagesBySnapshot(List<Ec2Image> images) {
        Map<String, Ec2Image> bySnapshot = new HashMap<>();
        images.forEach(image -> image.snapshotIds().forEach(id -> bySnapshot.put(id, image)));
        return bySnapshot;
    }

    /** The {@code keepNewest} newest completed automated snapshots of each volume (none when 0). */
    private Set<String> newestPerVolume(List<Ec2Snapshot> snapshots) {
        Set<String> kept = new HashSet<>();
        if (keepNewest > 0) {
            completedAutomatedByVolume(snapshots).values()
                    .forEach(list -> list.stream().limit(keepNewest).forEach(s -> kept.add(s.id())));
        }
        return kept;
    }

    /** The newest completed automated snapshot of each covered volume, whatever keep-newest says. */
    private static Set<String> lastOfCovered(List<Ec2Snapshot> snapshots, Set<String> covered) {
        Set<String> kept = new HashSet<>();
        completedAutomatedByVolume(snapshots).forEach((volume, list) -> {
            if (covered.contains(volume)) {
                kept.add(list.get(0).id());
            }
        });
        return kept;
    }

    /** Completed automated snapshots per volume, newest first (the id breaks a tie of start times). */
    private static Map<String, List<Ec2Snapshot>> completedAutomatedByVolume(List<Ec2Snapshot> snapshots) {
        Map<String, List<Ec2Snapshot>> byVolume = new HashMap<>();
        snapshots.stream().filter(s -> s.completed() && BackupTags.automated(s) && s.startTime() != null
                        && s.volumeId() != null)
                .sorted(Comparator.comparing(Ec2Snapshot::startTime).thenComparing(Ec2Snapshot::id).reversed())
                .forEach(s -> byVolume.computeIfAbsent(s.volumeId(), k -> new ArrayList<>()).add(s));
        return byVolume;
    }

    private static PlanSkip skip(Ec2Snapshot snapshot, Reason reason, String detail) {
        return new PlanSkip(snapshot.region(), snapshot.volumeId(), snapshot.id(), null, null, reason, detail);
    }
}
