package io.lifeboat.snapshots;

import io.lifeboat.inventory.Ec2Snapshot;
import java.util.List;
import java.util.Map;

/**
 * Snapshots chosen for deletion, checked before anything is sent: those an AMI uses (disabled ones too)
 * cannot be deleted while it exists, so they are refused here, each naming its AMI.
 *
 * @param inUse snapshot id to the AMI that uses it
 */
public record DeletionCheck(String region, List<Ec2Snapshot> deletable, Map<String, String> inUse) {

    public DeletionCheck {
        deletable = List.copyOf(deletable);
        inUse = Map.copyOf(inUse);
    }

    /** The volume data the deletable ones hold, in GiB (snapshots are incremental: what is freed may be less). */
    public long gib() {
        return deletable.stream().mapToLong(Ec2Snapshot::volumeSizeGiB).sum();
    }
}
