package io.lifeboat.backup;

import io.lifeboat.volumes.BackupTags;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Snapshot;

/**
 * One policy's automated snapshots of some volumes, as EC2 lists them now (not as the plan's inventory
 * saw them): what a lost answer may have made, and what an overlapping run made. Volume ids go 200 to
 * a call, the most a filter takes; snapshots in state error are left out, they are no backup.
 */
final class PolicySnapshots {

    /** Volume ids a DescribeSnapshots filter takes at once: one listing per this many volumes. */
    static final int FILTER_VALUES = 200;

    private PolicySnapshots() {
    }

    static List<Snapshot> of(Ec2Client ec2, String policyName, List<String> volumeIds) {
        List<Snapshot> found = new ArrayList<>();
        for (int from = 0; from < volumeIds.size(); from += FILTER_VALUES) {
            List<String> chunk = volumeIds.subList(from, Math.min(volumeIds.size(), from + FILTER_VALUES));
            for (var page : ec2.describeSnapshotsPaginator(r -> r.ownerIds("self").filters(
                    Filter.builder().name("volume-id").values(chunk).build(),
                    Filter.builder().name("tag:" + BackupTags.POLICY).values(policyName).build(),
                    Filter.builder().name("tag:" + BackupTags.TYPE).values(BackupTags.AUTOMATED).build()))) {
                for (Snapshot s : page.snapshots()) {
                    // Checked again here: filters are the service's, and an emulator may ignore one.
                    if (chunk.contains(s.volumeId()) && !"error".equals(s.stateAsString())) {
                        found.add(s);
                    }
                }
            }
        }
        return found;
    }
}
