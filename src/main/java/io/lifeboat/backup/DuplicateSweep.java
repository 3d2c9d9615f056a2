package io.lifeboat.backup;

import io.lifeboat.backup.VolumeOutcome.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Snapshot;

/**
 * After a region's creates: asks EC2 for this policy's snapshots of the volumes just snapshotted and
 * deletes the duplicates an overlapping run made ({@link Duplicates}), so two runs started together,
 * from two machines that share nothing but the account, end with one snapshot per volume. No lease to
 * hold, none left behind by a run that dies, and no permission beyond deleting automated snapshots.
 * A duplicate this run made itself is reported as the volume already done by the other run.
 */
final class DuplicateSweep {

    private final Ec2Client ec2;
    private final Backoff backoff;
    private final String policyName;

    DuplicateSweep(Ec2Client ec2, Backoff backoff, String policyName) {
        this.ec2 = ec2;
        this.backoff = backoff;
        this.policyName = policyName;
    }

    /** @param outcomes one region's outcomes; those made by this run are checked, the list comes back amended */
    List<VolumeOutcome> sweep(String region, List<VolumeOutcome> outcomes) throws InterruptedException {
        List<String> made = outcomes.stream().filter(o -> o.status() == Status.CREATED && o.snapshotId() != null)
                .map(VolumeOutcome::volumeId).distinct().toList();
        if (made.isEmpty()) {
            return outcomes;
        }
        Map<String, Snapshot> byId = new HashMap<>();
        List<Duplicates.Candidate> candidates = new ArrayList<>();
        for (Snapshot s : PolicySnapshots.of(ec2, policyName, made)) {
            byId.put(s.snapshotId(), s);
            candidates.add(new Duplicates.Candidate(s.snapshotId(), s.volumeId(), s.startTime()));
        }
        Map<String, String> duplicates = Duplicates.find(candidates);
        Map<String, DeletionOutcome> removed = new HashMap<>();
        SnapshotPruner pruner = new SnapshotPruner(ec2, backoff);
        for (String duplicate : duplicates.keySet()) {
            Snapshot s = byId.get(duplicate);
            removed.put(duplicate, pruner.delete(new SnapshotDeletion(region, duplicate, s.volumeId(),
                    s.volumeSize() == null ? 0 : s.volumeSize(), s.startTime(), null, s.description())));
        }
        List<VolumeOutcome> amended = new ArrayList<>();
        for (VolumeOutcome o : outcomes) {
            amended.add(o.status() == Status.CREATED ? amend(o, duplicates, removed) : o);
        }
        return amended;
    }

    private static VolumeOutcome amend(VolumeOutcome o, Map<String, String> duplicates, Map<String, DeletionOutcome> removed) {
        String keeper = duplicates.get(o.snapshotId());
        if (keeper != null) {
            DeletionOutcome deletion = removed.get(o.snapshotId());
            if (gone(deletion)) {
                return new VolumeOutcome(o.region(), o.volumeId(), o.instanceId(), o.instanceName(), o.device(),
                        Status.ALREADY_DONE, keeper, "An overlapping run snapshotted it first (" + keeper + "); this run's "
                        + o.snapshotId() + " was deleted as a duplicate.", null, o.attempts());
            }
            return withDetail(o, "Duplicate of " + keeper + " made by an overlapping run; deleting it failed: "
                    + (deletion.problem() == null ? deletion.status().id() : deletion.problem().message()));
        }
        List<String> theirs = duplicates.entrySet().stream().filter(e -> e.getValue().equals(o.snapshotId())
                && gone(removed.get(e.getKey()))).map(Map.Entry::getKey).sorted().toList();
        return theirs.isEmpty() ? o : withDetail(o, "Deleted " + String.join(", ", theirs)
                + ", made of this volume by an overlapping run.");
    }

    private static boolean gone(DeletionOutcome deletion) {
        return deletion.status() == DeletionOutcome.Status.DELETED || deletion.status() == DeletionOutcome.Status.ALREADY_GONE;
    }

    private static VolumeOutcome withDetail(VolumeOutcome o, String more) {
        String detail = o.detail() == null ? more : o.detail() + " " + more;
        return new VolumeOutcome(o.region(), o.volumeId(), o.instanceId(), o.instanceName(), o.device(), o.status(),
                o.snapshotId(), detail, o.problem(), o.attempts());
    }
}
