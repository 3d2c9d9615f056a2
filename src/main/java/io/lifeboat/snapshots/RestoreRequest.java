package io.lifeboat.snapshots;

import io.lifeboat.inventory.Ec2Instance;
import io.lifeboat.inventory.Ec2Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A new volume from a snapshot, as the user asked for it, checked before anything is sent.
 *
 * @param sizeGiB {@code null}: the snapshot's size
 * @param iops {@code null}: the type's default (required for io1 and io2)
 * @param throughput {@code null}: the type's default (gp3 only)
 * @param attachTo an instance to attach the new volume to, or {@code null}
 * @param device where on it, or {@code null} for the first free name
 */
public record RestoreRequest(String region, String snapshotId, String availabilityZone, String volumeType,
                             Integer sizeGiB, Integer iops, Integer throughput, Map<String, String> tags,
                             String attachTo, String device) {

    public RestoreRequest {
        tags = Map.copyOf(tags);
    }

    /** What is wrong with the request against the snapshot and the instance (from the inventory); empty when nothing. */
    public List<String> problems(Ec2Snapshot snapshot, Ec2Instance instance) {
        List<String> problems = new ArrayList<>();
        if (snapshot != null && !snapshot.completed()) {
            problems.add("Snapshot " + snapshotId + " is " + snapshot.state() + ": a volume can be made once it is completed.");
        }
        if (availabilityZone == null || availabilityZone.isBlank()) {
            problems.add("Choose an availability zone.");
        }
        VolumeTypes.Limits limits = VolumeTypes.of(volumeType);
        if (limits == null) {
            problems.add("'" + volumeType + "' is not an EBS volume type: use one of " + String.join(", ", VolumeTypes.TYPES) + ".");
            return problems;
        }
        int snapshotSize = snapshot == null ? 0 : snapshot.volumeSizeGiB();
        int size = sizeGiB == null ? snapshotSize : sizeGiB;
        if (size < snapshotSize) {
            problems.add("The volume must be at least as large as the snapshot: " + snapshotSize + " GiB or more.");
        }
        if (size < limits.minGiB() || size > limits.maxGiB()) {
            problems.add(an(volumeType) + " volume is " + limits.minGiB() + " to " + limits.maxGiB() + " GiB.");
        }
        if (iops != null && !limits.takesIops()) {
            problems.add(an(volumeType) + " volume takes no IOPS setting.");
        } else if (iops != null && (iops < limits.minIops() || iops > limits.maxIops())) {
            problems.add(an(volumeType) + " volume takes " + limits.minIops() + " to " + limits.maxIops() + " IOPS.");
        } else if (iops == null && limits.iopsRequired()) {
            problems.add(an(volumeType) + " volume needs its IOPS (" + limits.minIops() + " to " + limits.maxIops() + ").");
        }
        if (throughput != null && !limits.takesThroughput()) {
            problems.add("Only gp3 volumes take a throughput.");
        } else if (throughput != null && (throughput < limits.minThroughput() || throughput > limits.maxThroughput())) {
            problems.add("A gp3 volume's throughput is " + limits.minThroughput() + " to " + limits.maxThroughput() + " MiB/s.");
        }
        if (attachTo != null) {
            if (instance == null) {
                problems.add("There is no instance " + attachTo + " in " + region + ".");
            } else if (!instance.availabilityZone().equals(availabilityZone)) {
                problems.add("Instance " + attachTo + " is in " + instance.availabilityZone() + ": a volume attaches only to "
                        + "an instance in its own zone (" + availabilityZone + ").");
            } else if (device != null && instance.deviceNames().contains(device)) {
                problems.add(device + " is taken on " + attachTo + ": leave the device empty for the first free one.");
            }
        }
        return problems;
    }

    /** "A gp3", "An io1". */
    private static String an(String type) {
        return ("aeio".indexOf(type.charAt(0)) >= 0 ? "An " : "A ") + type;
    }
}
